package org.scrutiny.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.analysis.Aim;
import org.scrutiny.analysis.Bound;
import org.scrutiny.analysis.Combining;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.MonthSpan;
import org.scrutiny.analysis.Reading;
import org.scrutiny.analysis.StartingPoint;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.analysis.TargetSetting;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;

/**
 * An indicator's target assessed from its data as at a date: the plan's target and baseline put in the
 * analysis's terms, and the reason worded with the plan's period names and the indicator's unit.
 */
public final class IndicatorTargets {
    // A baseline longer than this is a mistake in the plan, not an average anyone means.
    private static final int MOST_BASELINE_PERIODS = 100;

    private IndicatorTargets() {}

    /** The assessment of an indicator's total series, given in period order, as at the end of a day. */
    public static TargetAssessment assess(Indicator indicator, List<Observation> series, LocalDate asAt) {
        List<Reading> readings = new ArrayList<>(series.size());
        for (Observation observation : series) {
            if (observation.value() != null) {
                readings.add(new Reading(
                        spanOf(observation.period()),
                        observation.value(),
                        orNaN(observation.numerator()),
                        orNaN(observation.denominator())));
            }
        }
        return TargetAssessment.assess(settingOf(indicator), readings, asAt, wordingFor(indicator.unit()));
    }

    static TargetSetting settingOf(Indicator indicator) {
        ImprovementDirection direction = IndicatorChart.directionOf(indicator.polarity());
        return new TargetSetting(
                aimOf(indicator.target()), startOf(indicator.baseline()), direction, combiningOf(indicator));
    }

    static Aim aimOf(Target target) {
        return switch (target) {
            case Target.AtLeast t -> new Aim.Level(Bound.AT_LEAST, t.value(), spanOrNull(t.by()));
            case Target.AtMost t -> new Aim.Level(Bound.AT_MOST, t.value(), spanOrNull(t.by()));
            case Target.Above t -> new Aim.Level(Bound.ABOVE, t.value(), spanOrNull(t.by()));
            case Target.ChangeFromBaseline t -> new Aim.Change(t.percent(), spanOrNull(t.by()));
            case Target.Direction t ->
                new Aim.Direction(
                        t.way() == Target.Way.INCREASE ? ImprovementDirection.INCREASE : ImprovementDirection.DECREASE);
            case Target.Maintain t -> new Aim.Maintain();
            case Target.ToBeSet t -> new Aim.ToBeSet(t.text());
            case Target.None t -> new Aim.Untargeted();
            case null -> new Aim.Untargeted();
        };
    }

    static StartingPoint startOf(Baseline baseline) {
        return switch (baseline) {
            case Baseline.OfPeriod b -> new StartingPoint.Spans(List.of(spanOf(b.period())));
            case Baseline.AverageOf b -> new StartingPoint.Spans(spansFrom(b.from(), b.to()));
            case Baseline.Value b -> new StartingPoint.Stated(b.value());
            case Baseline.ToBeDecided b -> new StartingPoint.Undecided(b.text());
            case Baseline.None b -> new StartingPoint.Unstated();
            case null -> new StartingPoint.Unstated();
        };
    }

    /**
     * Counts add up over months, and so do rates per 1,000 people, whose population stays put within a
     * year; percentages of two counts are made from the counts; anything else is averaged.
     */
    static Combining combiningOf(Indicator indicator) {
        if (indicator.unit() == null) {
            return Combining.MEAN;
        }
        return switch (indicator.unit()) {
            case COUNT, RATE_PER_1000 -> Combining.SUM;
            case PERCENT -> Combining.RATIO;
            default -> Combining.MEAN;
        };
    }

    static MonthSpan spanOf(Period period) {
        return MonthSpan.of(period.start(), period.end());
    }

    private static MonthSpan spanOrNull(Period period) {
        return period == null ? null : spanOf(period);
    }

    private static List<MonthSpan> spansFrom(Period from, Period to) {
        List<MonthSpan> spans = new ArrayList<>();
        Period period = from;
        spans.add(spanOf(period));
        while (period.compareTo(to) < 0 && spans.size() < MOST_BASELINE_PERIODS) {
            period = period.next();
            spans.add(spanOf(period));
        }
        return spans;
    }

    private static TargetAssessment.Wording wordingFor(Unit unit) {
        return new TargetAssessment.Wording(IndicatorTargets::labelOf, value -> IndicatorLabels.valueOf(value, unit));
    }

    /** A span by the name of its period, such as {@code 2015/16}, or its months where it has none. */
    static String labelOf(MonthSpan span) {
        YearMonth first = span.first();
        return Period.spanning(first, span.last()).map(Period::label).orElseGet(span::label);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
