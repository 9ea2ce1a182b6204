package org.scrutiny.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.TargetStatus;
import org.scrutiny.analysis.Variation;
import org.scrutiny.analysis.XmrPointType;

/**
 * The tier the data suggests for an indicator, for the analyst to set beside the plan's stance and
 * accept or overrule; the plan's stance is never changed by it.
 *
 * <p>The rule counts three concerns: the latest point is a special cause of concern; the assurance icon
 * says the target will consistently be missed; the target is off track (or was missed). Two or more
 * concerns suggest that a transformation is required; one, or a target that common cause variation
 * alone will sometimes hit and sometimes miss, that improvement is expected; none, that current
 * performance should be maintained. With no chart and no target assessment to go on there is no
 * suggestion.
 *
 * @param reason what the suggestion rests on, in words
 */
public record TierSuggestion(Stance stance, String reason) {

    /** The suggestion from an indicator's chart, where one is drawn, and its target's status. */
    public static Optional<TierSuggestion> of(IndicatorChart chart, TargetStatus target) {
        boolean drawn = chart.drawn();
        return of(drawn ? chart.variation() : null, drawn ? chart.assurance() : null, target);
    }

    /**
     * The suggestion from a chart's latest point and assurance and from the target's status.
     *
     * @param variation the variation icon of the latest point, or null where nothing is charted
     * @param assurance the assurance icon, or null where nothing is charted
     * @param target the target's status, or null where it was not assessed
     */
    public static Optional<TierSuggestion> of(Variation variation, Assurance assurance, TargetStatus target) {
        boolean judgedTarget =
                target == TargetStatus.MET || target == TargetStatus.ON_TRACK || target == TargetStatus.OFF_TRACK;
        if (variation == null && !judgedTarget) {
            return Optional.empty();
        }
        List<String> concerns = new ArrayList<>();
        if (variation != null && variation.pointType() == XmrPointType.SPECIAL_CAUSE_CONCERN) {
            concerns.add("the latest point is a special cause of concern");
        }
        if (assurance == Assurance.CONSISTENTLY_FAILS) {
            concerns.add("the process limits say the target will consistently be missed");
        }
        if (target == TargetStatus.OFF_TRACK) {
            concerns.add("the target is off track");
        }
        if (concerns.size() >= 2) {
            return Optional.of(new TierSuggestion(Stance.TRANSFORM, sentence(concerns)));
        }
        if (concerns.size() == 1) {
            return Optional.of(new TierSuggestion(Stance.IMPROVE, sentence(concerns)));
        }
        if (assurance == Assurance.HIT_AND_MISS) {
            return Optional.of(new TierSuggestion(
                    Stance.IMPROVE, sentence(List.of("common cause variation alone will sometimes miss the target"))));
        }
        List<String> good = new ArrayList<>();
        if (variation != null) {
            good.add(
                    variation.pointType() == XmrPointType.SPECIAL_CAUSE_IMPROVEMENT
                            ? "the latest point is a special cause of improvement"
                            : "the latest point gives no cause for concern");
        }
        if (assurance == Assurance.CONSISTENTLY_PASSES) {
            good.add("the process limits say the target will consistently be met");
        }
        if (judgedTarget) {
            good.add(target == TargetStatus.MET ? "the target is met" : "the target is on track");
        }
        return Optional.of(new TierSuggestion(Stance.MAINTAIN, sentence(good)));
    }

    /** Whether the plan's stance is the one suggested. */
    public boolean agreesWith(Stance planned) {
        return planned == stance;
    }

    private static String sentence(List<String> parts) {
        String joined = parts.size() == 1
                ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }
}
