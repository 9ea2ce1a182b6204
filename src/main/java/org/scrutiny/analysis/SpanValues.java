package org.scrutiny.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values of a series over spans of months, as they stood on a date: a reading whose span ends after
 * the date is not yet in, and a span that no reading covers exactly is filled by shorter readings that
 * tile it without gap or overlap.
 */
final class SpanValues {
    private final List<Reading> readings;
    private final Combining combining;

    SpanValues(List<Reading> readings, Combining combining, LocalDate asAt) {
        this.readings = readings.stream()
                .filter(r -> !Double.isNaN(r.value()) && !r.span().endDate().isAfter(asAt))
                .sorted(Comparator.comparing((Reading r) -> r.span().first())
                        .thenComparing(r -> r.span().last()))
                .toList();
        this.combining = combining;
    }

    boolean isEmpty() {
        return readings.isEmpty();
    }

    /** The value over a span: a reading of exactly that span, or shorter readings that fill it. */
    Optional<Reading> over(MonthSpan span) {
        List<Reading> parts = new ArrayList<>();
        YearMonth next = span.first();
        for (Reading reading : readings) {
            MonthSpan own = reading.span();
            if (own.equals(span)) {
                return Optional.of(reading);
            }
            if (span.encloses(own) && own.first().equals(next)) {
                parts.add(reading);
                next = own.last().plusMonths(1);
            }
        }
        return next.equals(span.last().plusMonths(1)) && parts.size() > 1
                ? Optional.of(combined(span, parts))
                : Optional.empty();
    }

    /**
     * The latest value over a span of the given length: over the months up to the newest reading, or,
     * where those are not all in, up to the newest reading before it that completes one.
     */
    Optional<Reading> latestOver(int months) {
        List<YearMonth> ends = readings.stream()
                .map(r -> r.span().last())
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        for (YearMonth end : ends) {
            Optional<Reading> value = over(MonthSpan.ending(end, months));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The newest reading, whatever its span. */
    Optional<Reading> latest() {
        return readings.stream()
                .max(Comparator.comparing((Reading r) -> r.span().last())
                        .thenComparing(r -> r.span().first(), Comparator.reverseOrder()));
    }

    private Reading combined(MonthSpan span, List<Reading> parts) {
        double numerator = 0;
        double denominator = 0;
        boolean ratios = combining == Combining.RATIO;
        for (Reading part : parts) {
            ratios &= part.hasRatio();
            numerator += part.numerator();
            denominator += part.denominator();
        }
        if (ratios) {
            // A ratio reading carries its own multiplier (100 for a percentage): value ÷ (numerator ÷ denominator).
            Reading scale =
                    parts.stream().filter(p -> p.numerator() != 0).findFirst().orElse(null);
            double multiplier = scale == null ? 1 : scale.value() * scale.denominator() / scale.numerator();
            return new Reading(span, numerator / denominator * multiplier, numerator, denominator);
        }
        if (combining == Combining.SUM) {
            return Reading.of(span, parts.stream().mapToDouble(Reading::value).sum());
        }
        double weighted = 0;
        for (Reading part : parts) {
            weighted += part.value() * part.span().months();
        }
        return Reading.of(span, weighted / span.months());
    }
}
