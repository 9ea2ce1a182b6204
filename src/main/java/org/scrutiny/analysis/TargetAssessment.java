package org.scrutiny.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Where a series stands against its target as at a date, and why, in words.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>No target, or one still to be set, or a baseline still to be decided: nothing to judge.
 *   <li>A target that needs a baseline (a change, a direction, maintain) and has none, or whose baseline
 *       periods have no data yet: not enough data.
 *   <li>A target with a date whose span has ended by the "as at" date is judged on the value over that
 *       span: met or, missed, off track. With that value not in yet, there is not enough data.
 *   <li>Before the date, the latest value over a span as long as the target's is compared with the
 *       straight line from the baseline (its value at the end of its last period) to the target (at the
 *       end of its span): on track or off track. With no baseline to start a line from, it is compared
 *       with the target itself, and the reason says so.
 *   <li>A target with no date holds throughout: the latest value either meets it or is off track.
 * </ol>
 *
 * Only readings whose spans have ended by the "as at" date count: a month's value is not in before the
 * month is over.
 *
 * @param baseline the baseline's value, NaN where there is none
 * @param targetLevel the level the target asks for, NaN where there is none
 * @param judged the value judged, with its span; null where there is none
 * @param trajectory the straight line from baseline to target; null where there is none
 * @param expected the line's value at the end of the judged span; NaN where there is no line
 * @param progress how far the judged value has come from the baseline to the target (1 = all the way);
 *     NaN where there is no baseline or level
 */
public record TargetAssessment(
        TargetStatus status,
        String reason,
        double baseline,
        double targetLevel,
        Reading judged,
        Trajectory trajectory,
        double expected,
        double progress) {

    /** The judged value less the baseline; NaN where either is missing. */
    public double changeFromBaseline() {
        return judged == null ? Double.NaN : judged.value() - baseline;
    }

    /** The change from the baseline as a percentage of it; NaN where either is missing or the baseline is 0. */
    public double percentChangeFromBaseline() {
        return baseline == 0 ? Double.NaN : changeFromBaseline() / Math.abs(baseline) * 100;
    }

    /** How an assessment names spans and numbers in its reason. */
    public record Wording(Function<MonthSpan, String> spans, DoubleFunction<String> numbers) {

        /** Spans by their plain labels; numbers with up to two decimals. */
        public static Wording plain() {
            return new Wording(MonthSpan::label, TargetAssessment::plainNumber);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    public static TargetAssessment assess(TargetSetting setting, List<Reading> readings, LocalDate asAt) {
        return assess(setting, readings, asAt, Wording.plain());
    }

    public static TargetAssessment assess(
            TargetSetting setting, List<Reading> readings, LocalDate asAt, Wording wording) {
        return new Assessor(setting, new SpanValues(readings, setting.combining(), asAt), asAt, wording).assess();
    }

    private static TargetAssessment without(TargetStatus status, String reason) {
        return new TargetAssessment(status, reason, Double.NaN, Double.NaN, null, null, Double.NaN, Double.NaN);
    }

    private static String plainNumber(double value) {
        String text = String.format(Locale.ROOT, "%,.2f", value);
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }

    /** One assessment's working: the setting, the values as they stood and the words for them. */
    private record Assessor(TargetSetting setting, SpanValues values, LocalDate asAt, Wording wording) {

        TargetAssessment assess() {
            Aim aim = setting.aim();
            StartingPoint start = setting.baseline();
            Optional<MonthSpan> missingBaseline = Optional.empty();
            double baseline = Double.NaN;
            if (start instanceof StartingPoint.Stated stated) {
                baseline = stated.value();
            } else if (start instanceof StartingPoint.Spans spans) {
                double sum = 0;
                for (MonthSpan span : spans.spans()) {
                    Optional<Reading> value = values.over(span);
                    if (value.isEmpty()) {
                        missingBaseline = Optional.of(span);
                        break;
                    }
                    sum += value.get().value();
                }
                baseline = missingBaseline.isPresent()
                        ? Double.NaN
                        : sum / spans.spans().size() * countScale(spans);
            }
            if (aim instanceof Aim.Untargeted) {
                return unjudged(
                        TargetStatus.NO_TARGET, "No target: the indicator is monitored for its own sake.", baseline);
            }
            if (aim instanceof Aim.ToBeSet set) {
                return unjudged(
                        TargetStatus.NO_TARGET_YET,
                        "The target is yet to be set" + quoted(set.words()) + ".",
                        baseline);
            }
            boolean needsBaseline = !(aim instanceof Aim.Level);
            if (needsBaseline && start instanceof StartingPoint.Undecided undecided) {
                return without(
                        TargetStatus.NO_TARGET_YET,
                        "The baseline to measure from is yet to be decided" + quoted(undecided.words()) + ".");
            }
            if (needsBaseline && start instanceof StartingPoint.Unstated) {
                return without(
                        TargetStatus.NOT_ENOUGH_DATA,
                        "The plan gives no baseline to measure the target from: add one to the plan.");
            }
            if (needsBaseline && missingBaseline.isPresent()) {
                return without(
                        TargetStatus.NOT_ENOUGH_DATA,
                        "There is no value for " + span(missingBaseline.get()) + " as at " + day(asAt)
                                + ", which the baseline needs.");
            }
            if (aim instanceof Aim.Maintain && setting.direction() == ImprovementDirection.NEITHER) {
                return unjudged(
                        TargetStatus.NOT_ENOUGH_DATA,
                        "Neither higher nor lower is better for this indicator, so maintaining it cannot be judged.",
                        baseline);
            }
            return judge(baseline);
        }

        /** A status that judges nothing, with the baseline and the latest value over its span where there are both. */
        private TargetAssessment unjudged(TargetStatus status, String reason, double baseline) {
            Reading latest =
                    Double.isNaN(baseline) ? null : latestComparable(null).orElse(null);
            return new TargetAssessment(status, reason, baseline, Double.NaN, latest, null, Double.NaN, Double.NaN);
        }

        private TargetAssessment judge(double baseline) {
            Aim aim = setting.aim();
            Bound bound;
            double level;
            MonthSpan by = null;
            switch (aim) {
                case Aim.Level l -> {
                    bound = l.bound();
                    level = l.level();
                    by = l.by();
                }
                case Aim.Change c -> {
                    level = baseline * (1 + c.percent() / 100);
                    bound = c.percent() < 0
                            ? Bound.AT_MOST
                            : c.percent() > 0 ? Bound.AT_LEAST : Bound.notWorseThan(setting.direction());
                    by = c.by();
                }
                case Aim.Direction d -> {
                    level = baseline;
                    bound = d.way() == ImprovementDirection.INCREASE ? Bound.ABOVE : Bound.BELOW;
                }
                case Aim.Maintain m -> {
                    level = baseline;
                    bound = Bound.notWorseThan(setting.direction());
                }
                default -> throw new IllegalStateException("judged already: " + aim);
            }
            String target = describeTarget(aim, bound, level, baseline, by);
            if (values.isEmpty()) {
                return without(TargetStatus.NOT_ENOUGH_DATA, "There is no data as at " + day(asAt) + ".");
            }
            Trajectory line = trajectory(baseline, level, by);
            if (by != null && !asAt.isBefore(by.endDate())) {
                Optional<Reading> final_ = values.over(by);
                if (final_.isEmpty()) {
                    return new TargetAssessment(
                            TargetStatus.NOT_ENOUGH_DATA,
                            "There is no value for " + span(by) + " as at " + day(asAt) + " to judge the target of "
                                    + target + " by.",
                            baseline,
                            level,
                            null,
                            line,
                            Double.NaN,
                            Double.NaN);
                }
                Reading value = final_.get();
                boolean met = bound.holds(value.value(), level);
                return new TargetAssessment(
                        met ? TargetStatus.MET : TargetStatus.OFF_TRACK,
                        (met ? "Met: " : "Missed: ") + valueIn(value) + "; the target was " + target + ".",
                        baseline,
                        level,
                        value,
                        line,
                        line == null ? Double.NaN : level,
                        progress(value, baseline, level));
            }
            Optional<Reading> latest = latestComparable(by);
            if (latest.isEmpty()) {
                return new TargetAssessment(
                        TargetStatus.NOT_ENOUGH_DATA,
                        "There is not yet a value over " + months(windowMonths(by)) + " as at " + day(asAt)
                                + " to judge the target of " + target + " by.",
                        baseline,
                        level,
                        null,
                        line,
                        Double.NaN,
                        Double.NaN);
            }
            Reading value = latest.get();
            double progress = progress(value, baseline, level);
            if (by == null) {
                boolean met = bound.holds(value.value(), level);
                return new TargetAssessment(
                        met ? TargetStatus.MET : TargetStatus.OFF_TRACK,
                        (met ? "Met: " : "Off track: ") + valueIn(value) + "; the target is " + target + ".",
                        baseline,
                        level,
                        value,
                        null,
                        Double.NaN,
                        progress);
            }
            if (line == null) {
                boolean met = bound.holds(value.value(), level);
                return new TargetAssessment(
                        met ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK,
                        (met ? "On track: " : "Off track: ")
                                + valueIn(value)
                                + (met ? " already meets the target of " : " is short of the target of ")
                                + target
                                + (met
                                        ? "."
                                        : "; with no baseline to draw a line from, it is judged against the target"
                                                + " itself."),
                        baseline,
                        level,
                        value,
                        null,
                        Double.NaN,
                        progress);
            }
            double expected = line.valueAt(value.span().endDate());
            Bound onLine = bound == Bound.ABOVE ? Bound.AT_LEAST : bound == Bound.BELOW ? Bound.AT_MOST : bound;
            boolean onTrack = onLine.holds(value.value(), expected);
            return new TargetAssessment(
                    onTrack ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK,
                    (onTrack ? "On track: " : "Off track: ") + valueIn(value) + ", where the straight line to the"
                            + " target of " + target + ", expects " + onLine.words() + " " + number(expected) + ".",
                    baseline,
                    level,
                    value,
                    line,
                    expected,
                    progress);
        }

        /** The latest value over a span as long as the target's, or as the baseline's, or the newest reading. */
        private Optional<Reading> latestComparable(MonthSpan by) {
            int months = windowMonths(by);
            return months == 0 ? values.latest() : values.latestOver(months);
        }

        private int windowMonths(MonthSpan by) {
            if (by != null) {
                return by.months();
            }
            if (setting.baseline() instanceof StartingPoint.Spans spans) {
                return spans.spans().getFirst().months();
            }
            return 0;
        }

        private Trajectory trajectory(double baseline, double level, MonthSpan by) {
            if (by == null
                    || Double.isNaN(baseline)
                    || !(setting.baseline() instanceof StartingPoint.Spans spans)
                    || !by.endDate().isAfter(spans.last().endDate())) {
                return null;
            }
            return new Trajectory(spans.last().endDate(), baseline, by.endDate(), level);
        }

        /** The target in words, such as "at most 8,200 in 2015/16, 18% below the baseline of 10,000 (2010/11)". */
        private String describeTarget(Aim aim, Bound bound, double level, double baseline, MonthSpan by) {
            String when = by == null ? "" : " in " + span(by);
            String from = baselineWords(baseline);
            return switch (aim) {
                case Aim.Change c ->
                    bound.words() + " " + number(level) + when + ", " + number(Math.abs(c.percent())) + "%"
                            + (c.percent() < 0 ? " below " : " above ") + from;
                case Aim.Direction d -> bound.words() + " " + from;
                case Aim.Maintain m -> "no worse than " + from;
                default -> bound.words() + " " + number(level) + when;
            };
        }

        private String baselineWords(double baseline) {
            String value = "the baseline of " + number(baseline);
            if (setting.baseline() instanceof StartingPoint.Spans spans) {
                List<MonthSpan> list = spans.spans();
                double scale = countScale(spans);
                return value + " ("
                        + (list.size() == 1
                                ? span(list.getFirst())
                                : "the average of " + span(list.getFirst()) + " to " + span(list.getLast()))
                        + (scale == 1 ? "" : ", as a total over " + months(windowMonths(targetSpan())))
                        + ")";
            }
            return value;
        }

        /**
         * What turns a baseline of counts over its periods into counts over the target's span: a baseline
         * that is the average of twelve months, set against a target for a year, is twelve times that
         * average. Rates and levels are the same whatever the span, so they are not scaled.
         */
        private double countScale(StartingPoint.Spans spans) {
            int window = windowMonths(targetSpan());
            int own = spans.spans().getFirst().months();
            return setting.combining() == Combining.SUM && window > 0 && window != own ? (double) window / own : 1;
        }

        /** The span whose value the target judges, or null where it has none. */
        private MonthSpan targetSpan() {
            return switch (setting.aim()) {
                case Aim.Level l -> l.by();
                case Aim.Change c -> c.by();
                default -> null;
            };
        }

        private static double progress(Reading value, double baseline, double level) {
            if (Double.isNaN(baseline) || Double.isNaN(level) || level == baseline) {
                return Double.NaN;
            }
            return (value.value() - baseline) / (level - baseline);
        }

        private String valueIn(Reading reading) {
            return number(reading.value()) + " in " + span(reading.span());
        }

        private String span(MonthSpan span) {
            return wording.spans().apply(span);
        }

        private String number(double value) {
            return wording.numbers().apply(value);
        }

        private static String months(int months) {
            return months == 1 ? "a month" : months + " months";
        }

        private static String day(LocalDate date) {
            return date.format(DAY);
        }

        private static String quoted(String words) {
            return words == null || words.isBlank() ? "" : " (the plan says: \u201c" + words.strip() + "\u201d)";
        }
    }
}
