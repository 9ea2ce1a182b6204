package org.scrutiny.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scrutiny.actions.ActionStatus;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.series.Frequency;
import org.springframework.stereotype.Component;

/**
 * Words and numbers for people, from domain values; templates call it as {@code @labels}. Numbers and
 * dates are written the British way whatever the server's locale.
 */
@Component("labels")
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public String number(Double value) {
        if (value == null) {
            return "";
        }
        // DecimalFormat is not thread-safe, and pages render concurrently.
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String unit(Unit unit) {
        if (unit == null) {
            return "Not stated";
        }
        return switch (unit) {
            case COUNT -> "Count";
            case PERCENT -> "Percentage";
            case RATE_PER_1000 -> "Rate per 1,000 population";
            case SECONDS -> "Seconds";
            case MINUTES -> "Minutes";
            case DAYS -> "Days";
            case MONEY -> "Money (£)";
            case GRADE -> "Grade";
            case SCORE -> "Score";
        };
    }

    public String polarity(Polarity polarity) {
        if (polarity == null) {
            return "Not stated";
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> "Higher is better";
            case LOWER_IS_BETTER -> "Lower is better";
            case NEITHER -> "Neither higher nor lower is better";
        };
    }

    public String frequency(Frequency frequency) {
        if (frequency == null) {
            return "Not stated";
        }
        return switch (frequency) {
            case MONTHLY -> "Monthly";
            case QUARTERLY -> "Quarterly";
            case SIX_MONTHLY -> "Six-monthly";
            case ANNUAL -> "Annual";
        };
    }

    public String stance(Stance stance) {
        return stance == null ? "Not stated" : stance.description();
    }

    public String target(Target target) {
        if (target == null || target instanceof Target.None) {
            return "No target";
        }
        if (target.text() != null && !target.text().isBlank()) {
            return target.text();
        }
        return switch (target) {
            case Target.AtLeast t -> "At least " + number(t.value()) + by(t.by());
            case Target.AtMost t -> "At most " + number(t.value()) + by(t.by());
            case Target.ChangeFromBaseline t ->
                (t.percent() < 0 ? "Reduce by " : "Increase by ") + number(Math.abs(t.percent()))
                        + "% from the baseline" + by(t.by());
            case Target.Direction t -> t.way() == Target.Way.REDUCE ? "Reduce" : "Increase";
            case Target.Maintain t -> "Maintain current performance";
            case Target.ToBeSet t -> "Target to be set";
            case Target.None t -> "No target";
        };
    }

    public String baseline(Baseline baseline) {
        if (baseline == null) {
            return "None";
        }
        return switch (baseline) {
            case Baseline.OfPeriod b -> b.period().label();
            case Baseline.AverageOf b -> "Average of " + b.from().label() + " to " + b.to().label();
            case Baseline.Value b ->
                number(b.value()) + (b.note() == null || b.note().isBlank() ? "" : " (" + b.note() + ")");
            case Baseline.ToBeDecided b -> b.text() == null || b.text().isBlank() ? "To be decided" : b.text();
            case Baseline.None b -> "None";
        };
    }

    public String parties(List<Party> parties) {
        return parties == null || parties.isEmpty()
                ? "Not stated"
                : parties.stream().map(Party::label).collect(Collectors.joining(", "));
    }

    public String due(Due due, String dueText) {
        if (dueText != null && !dueText.isBlank()) {
            return dueText;
        }
        if (due == null) {
            return "Not stated";
        }
        return switch (due) {
            case Due.ByDate d -> "By " + date(d.date());
            case Due.ByMonth m ->
                "By " + m.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                        + m.month().getYear();
            case Due.Ongoing o -> "Ongoing";
            case Due.Recurring r -> frequency(r.every());
            case Due.Unstated u -> "Not stated";
        };
    }

    public String status(ActionStatus status) {
        return status == null ? "Not stated" : status.label();
    }

    private String by(org.scrutiny.series.Period period) {
        return period == null ? "" : " by " + period.label();
    }
}
