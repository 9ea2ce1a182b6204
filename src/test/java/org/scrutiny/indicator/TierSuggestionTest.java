package org.scrutiny.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.TargetStatus;
import org.scrutiny.analysis.Variation;

class TierSuggestionTest {

    @Test
    void suggestsTransformationForTwoConcerns() {
        TierSuggestion suggestion = TierSuggestion.of(
                        Variation.CONCERN_HIGH, Assurance.CONSISTENTLY_FAILS, TargetStatus.NOT_ENOUGH_DATA)
                .orElseThrow();

        assertThat(suggestion.stance()).isEqualTo(Stance.TRANSFORM);
        assertThat(suggestion.reason())
                .isEqualTo("The latest point is a special cause of concern and the process limits say the target"
                        + " will consistently be missed.");
    }

    @Test
    void suggestsTransformationForAnOffTrackTargetAndAConcern() {
        assertThat(TierSuggestion.of(Variation.CONCERN_LOW, Assurance.NONE, TargetStatus.OFF_TRACK)
                        .orElseThrow()
                        .stance())
                .isEqualTo(Stance.TRANSFORM);
    }

    @Test
    void suggestsImprovementForOneConcern() {
        TierSuggestion suggestion = TierSuggestion.of(Variation.COMMON_CAUSE, Assurance.NONE, TargetStatus.OFF_TRACK)
                .orElseThrow();

        assertThat(suggestion.stance()).isEqualTo(Stance.IMPROVE);
        assertThat(suggestion.reason()).isEqualTo("The target is off track.");
    }

    @Test
    void suggestsImprovementWhereTheTargetIsHitAndMiss() {
        assertThat(TierSuggestion.of(Variation.COMMON_CAUSE, Assurance.HIT_AND_MISS, TargetStatus.ON_TRACK)
                        .orElseThrow()
                        .stance())
                .isEqualTo(Stance.IMPROVE);
    }

    @Test
    void suggestsMaintainingWithNoConcern() {
        TierSuggestion suggestion = TierSuggestion.of(
                        Variation.IMPROVEMENT_LOW, Assurance.CONSISTENTLY_PASSES, TargetStatus.MET)
                .orElseThrow();

        assertThat(suggestion.stance()).isEqualTo(Stance.MAINTAIN);
        assertThat(suggestion.reason())
                .isEqualTo("The latest point is a special cause of improvement, the process limits say the target will"
                        + " consistently be met and the target is met.");
        assertThat(suggestion.agreesWith(Stance.MAINTAIN)).isTrue();
        assertThat(suggestion.agreesWith(Stance.IMPROVE)).isFalse();
    }

    @Test
    void suggestsNothingWithoutAChartOrAJudgedTarget() {
        assertThat(TierSuggestion.of(null, null, TargetStatus.NO_TARGET_YET)).isEmpty();
        assertThat(TierSuggestion.of(null, null, null)).isEmpty();
    }

    @Test
    void suggestsFromTheTargetAloneWhereNothingIsCharted() {
        assertThat(TierSuggestion.of(null, null, TargetStatus.MET).orElseThrow().stance())
                .isEqualTo(Stance.MAINTAIN);
    }
}
