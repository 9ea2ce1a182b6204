package org.scrutiny.indicator;

import java.util.ArrayList;
import java.util.List;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.chart.SvgIcons;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;
import org.scrutiny.web.Labels;
import org.springframework.stereotype.Component;

/** Words for an indicator's unit, polarity, frequency, tier, target and baseline; templates call it as {@code @indicatorLabels}. */
@Component("indicatorLabels")
public final class IndicatorLabels {
    private static final int LARGE_ICON = 64;

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
            case HOURS -> "Hours";
            case DAYS -> "Days";
            case MONEY -> "Money (£)";
            case GRADE -> "Grade";
            case SCORE -> "Score";
            case ASSESSMENT -> "Assessment in words";
        };
    }

    /** The heading of a column of values, naming the unit so that the cells can be plain numbers. */
    public String valueHeading(Unit unit) {
        if (unit == null) {
            return "Value";
        }
        return switch (unit) {
            case COUNT -> "Number";
            case PERCENT -> "Percentage (%)";
            case RATE_PER_1000 -> "Rate per 1,000 population";
            case SECONDS -> "Seconds";
            case MINUTES -> "Minutes";
            case HOURS -> "Hours";
            case DAYS -> "Days";
            case MONEY -> "Amount (£)";
            case GRADE -> "Grade";
            case SCORE -> "Score";
            case ASSESSMENT -> "Assessment";
        };
    }

    /** A chart's centre line or limit; a dash where there is none. */
    public String line(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : Labels.numberOf(value);
    }

    /** A chart's name, such as "XmR chart" or "P′ chart (Laney)". */
    public String chart(ChartType type) {
        return ChartChoice.name(type);
    }

    /** The variation icon of a chart as SVG, large for the indicator page; null where nothing is charted. */
    public String variationIcon(IndicatorChart chart, boolean large) {
        return chart == null || chart.variation() == null
                ? null
                : SvgIcons.variation(chart.variation(), large ? LARGE_ICON : SvgIcons.SIZE);
    }

    /** The assurance icon of a chart as SVG, large for the indicator page; null where nothing is charted. */
    public String assuranceIcon(IndicatorChart chart, boolean large) {
        return chart == null || !chart.drawn()
                ? null
                : SvgIcons.assurance(chart.assurance(), large ? LARGE_ICON : SvgIcons.SIZE);
    }

    /** The CSS modifier of a variation icon's text: improvement, concern, neutral or common. */
    public String variationKind(org.scrutiny.analysis.Variation variation) {
        if (variation == null) {
            return "none";
        }
        return switch (variation.pointType()) {
            case SPECIAL_CAUSE_IMPROVEMENT -> "improvement";
            case SPECIAL_CAUSE_CONCERN -> "concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> "neutral";
            default -> "common";
        };
    }

    /** The CSS modifier of an assurance icon's text: pass, fail, hit-and-miss or none. */
    public String assuranceKind(org.scrutiny.analysis.Assurance assurance) {
        if (assurance == null) {
            return "none";
        }
        return switch (assurance) {
            case CONSISTENTLY_PASSES -> "pass";
            case CONSISTENTLY_FAILS -> "fail";
            case HIT_AND_MISS -> "hit-and-miss";
            case NONE -> "none";
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
            case Target.AtLeast t -> "At least " + Labels.numberOf(t.value()) + by(t.by());
            case Target.AtMost t -> "At most " + Labels.numberOf(t.value()) + by(t.by());
            case Target.Above t -> "Above " + Labels.numberOf(t.value()) + by(t.by());
            case Target.ChangeFromBaseline t ->
                (t.percent() < 0 ? "Reduce by " : "Increase by ") + Labels.numberOf(Math.abs(t.percent()))
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
                Labels.numberOf(b.value()) + (b.note() == null || b.note().isBlank() ? "" : " (" + b.note() + ")");
            case Baseline.ToBeDecided b -> b.text() == null || b.text().isBlank() ? "To be decided" : b.text();
            case Baseline.None b -> "None";
        };
    }

    /** The judged value's change from the baseline, such as {@code −700 (−7%)}; a dash where there is none. */
    public String changeFromBaseline(TargetAssessment assessment) {
        double change = assessment.changeFromBaseline();
        if (Double.isNaN(change)) {
            return "–";
        }
        double percent = assessment.percentChangeFromBaseline();
        return signed(change) + (Double.isNaN(percent) ? "" : " (" + signed(percent) + "%)");
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + Labels.numberOf(Math.abs(value));
    }

    /** A value in an indicator's unit, for a page: {@code 92.8%}. */
    public String value(double value, Unit unit) {
        return valueOf(value, unit);
    }

    /** A value in an indicator's unit, for a sentence: {@code 92.8%}, {@code 1,234}. */
    public static String valueOf(double value, Unit unit) {
        return Labels.numberOf(value) + (unit == Unit.PERCENT ? "%" : "");
    }

    /** A term of a description list and its value, as a page shows it. */
    public record Fact(String term, String value) {}

    /** The figures behind a target assessment, each only where there is one. */
    public List<Fact> facts(TargetAssessment assessment, Unit unit) {
        List<Fact> facts = new ArrayList<>();
        if (!Double.isNaN(assessment.baseline())) {
            facts.add(new Fact("Baseline value", valueOf(assessment.baseline(), unit)));
        }
        if (!Double.isNaN(assessment.targetLevel())) {
            facts.add(new Fact("Target level", valueOf(assessment.targetLevel(), unit)));
        }
        if (assessment.judged() != null) {
            facts.add(new Fact(
                    "Value judged",
                    valueOf(assessment.judged().value(), unit) + " in "
                            + IndicatorTargets.labelOf(assessment.judged().span())));
        }
        if (!Double.isNaN(assessment.expected())) {
            facts.add(new Fact("Expected on the straight line to the target", valueOf(assessment.expected(), unit)));
        }
        if (!Double.isNaN(assessment.changeFromBaseline())) {
            facts.add(new Fact("Change from the baseline", changeFromBaseline(assessment)));
        }
        if (!Double.isNaN(assessment.progress())) {
            facts.add(new Fact(
                    "Progress from the baseline to the target",
                    Labels.numberOf(assessment.progress() * 100) + "% of the way"));
        }
        return facts;
    }

    private String by(Period period) {
        return period == null ? "" : " by " + period.label();
    }
}
