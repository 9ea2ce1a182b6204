package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.PeerComparison.Extreme;
import org.scrutiny.analysis.PeerComparison.Ranked;
import org.scrutiny.analysis.PeerComparison.Value;
import org.scrutiny.analysis.PeerComparison.Weighting;

/** Each expected figure is worked out by hand in the comment above it. */
class PeerComparisonTest {
    private static final Function<String, String> NAMES = Map.of(
            "suffolk", "Suffolk",
            "norfolk", "Norfolk",
            "essex", "Essex",
            "kent", "Kent",
            "gwent", "Gwent",
            "wiltshire", "Wiltshire")::get;

    @Test
    void ranksLowestFirstWhereLowerIsBetterSharingTheRankOfTies() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        Value.of("kent", 30.0, 500.0),
                        Value.of("suffolk", 20.0, 100.0),
                        Value.of("norfolk", 20.0, 300.0),
                        Value.of("essex", 10.0, 100.0)),
                ImprovementDirection.DECREASE);

        // Standard competition ranking: 1, 2=, 2=, 4; tied forces in order of code.
        assertThat(comparison.ranking())
                .containsExactly(
                        new Ranked(1, false, "essex", 10, 100.0, null, null),
                        new Ranked(2, true, "norfolk", 20, 300.0, null, null),
                        new Ranked(2, true, "suffolk", 20, 100.0, null, null),
                        new Ranked(4, false, "kent", 30, 500.0, null, null));
        assertThat(comparison.rank()).map(Ranked::position).hasValue("2=");
        assertThat(comparison.groupSize()).isEqualTo(4);
        assertThat(comparison.missing()).isEmpty();
        assertThat(comparison.best()).isEqualTo(new Extreme(10, List.of("essex")));
        assertThat(comparison.worst()).isEqualTo(new Extreme(30, List.of("kent")));
        assertThat(comparison.order()).isEqualTo("rank 1 is the lowest value (lower is better)");
    }

    @Test
    void averagesTheGroupSimplyAndByPopulationWithTheForceIncluded() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        Value.of("suffolk", 20.0, 100.0),
                        Value.of("norfolk", 20.0, 300.0),
                        Value.of("essex", 10.0, 100.0),
                        Value.of("kent", 30.0, 500.0)),
                ImprovementDirection.DECREASE);

        // (20 + 20 + 10 + 30) / 4 = 20; Suffolk's 20 is on it.
        assertThat(comparison.simple().weighting()).isEqualTo(Weighting.SIMPLE);
        assertThat(comparison.simple().value()).isEqualTo(20);
        assertThat(comparison.simple().gap()).isZero();
        assertThat(comparison.simple().gapPercent()).isZero();
        // (20×100 + 20×300 + 10×100 + 30×500) / (100 + 300 + 100 + 500) = 24 000 / 1 000 = 24;
        // Suffolk is 20 − 24 = −4 from it, −4 / 24 = −16.67 %.
        assertThat(comparison.weighted().weighting()).isEqualTo(Weighting.POPULATION);
        assertThat(comparison.weighted().pooled()).isFalse();
        assertThat(comparison.weighted().value()).isEqualTo(24);
        assertThat(comparison.weighted().gap()).isEqualTo(-4);
        assertThat(comparison.weighted().gapPercent()).isCloseTo(-16.6667, within(1e-4));
        assertThat(comparison.weighted().forces()).containsExactly("essex", "norfolk", "suffolk", "kent");
        assertThat(comparison.label(comparison.simple(), NAMES))
                .isEqualTo("simple average of the 4 forces with a value, Suffolk included");
        assertThat(comparison.label(comparison.weighted(), NAMES))
                .isEqualTo("population-weighted average of the 4 forces with a value and a population, Suffolk"
                        + " included");
    }

    @Test
    void ranksHighestFirstWhereHigherIsBetterWithATieAtTheTop() {
        PeerComparison comparison = PeerComparison.of(
                "essex",
                List.of(Value.of("suffolk", 5.0, null), Value.of("norfolk", 5.0, null), Value.of("essex", 3.0, null)),
                ImprovementDirection.INCREASE);

        // 1=, 1=, 3: the third force has two better than it.
        assertThat(comparison.ranking())
                .extracting(Ranked::position, Ranked::force)
                .containsExactly(tuple("1=", "norfolk"), tuple("1=", "suffolk"), tuple("3", "essex"));
        assertThat(comparison.best()).isEqualTo(new Extreme(5, List.of("norfolk", "suffolk")));
        assertThat(comparison.worst()).isEqualTo(new Extreme(3, List.of("essex")));
        assertThat(comparison.order()).isEqualTo("rank 1 is the highest value (higher is better)");
    }

    @Test
    void ranksHighestFirstWhereNeitherWayIsBetterAndNamesNoBestOrWorst() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(Value.of("suffolk", 1.0, null), Value.of("norfolk", 2.0, null)),
                ImprovementDirection.NEITHER);

        assertThat(comparison.ranking()).extracting(Ranked::force).containsExactly("norfolk", "suffolk");
        assertThat(comparison.best()).isNull();
        assertThat(comparison.worst()).isNull();
        assertThat(comparison.order()).contains("highest").contains("not a judgement");
    }

    @Test
    void namesAPeerWithNoValueAsMissingAndLeavesItOutOfTheRankingAndAverages() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        Value.of("suffolk", 12.0, 100.0),
                        Value.of("kent", null, 500.0),
                        Value.of("norfolk", 6.0, 100.0),
                        Value.of("essex", Double.NaN, 200.0),
                        Value.of("wiltshire", 9.0, 100.0)),
                ImprovementDirection.DECREASE);

        assertThat(comparison.missing()).containsExactly("kent", "essex");
        assertThat(comparison.groupSize()).isEqualTo(5);
        assertThat(comparison.ranking()).extracting(Ranked::force).containsExactly("norfolk", "wiltshire", "suffolk");
        assertThat(comparison.rank()).map(Ranked::rank).hasValue(3);
        // (12 + 6 + 9) / 3 = 9; Suffolk is 3 above it, 33.3 %.
        assertThat(comparison.simple().value()).isEqualTo(9);
        assertThat(comparison.simple().gap()).isEqualTo(3);
        assertThat(comparison.simple().gapPercent()).isCloseTo(33.3333, within(1e-4));
        assertThat(comparison.label(comparison.simple(), NAMES))
                .isEqualTo("simple average of the 3 forces with a value, Suffolk included");
    }

    @Test
    void hasNoRankOrGapWhereTheForceItselfHasNoValue() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        Value.of("suffolk", null, 100.0),
                        Value.of("norfolk", 6.0, 100.0),
                        Value.of("kent", 8.0, 300.0)),
                ImprovementDirection.DECREASE);

        assertThat(comparison.rank()).isEmpty();
        assertThat(comparison.missing()).containsExactly("suffolk");
        assertThat(comparison.simple().value()).isEqualTo(7);
        assertThat(comparison.simple().gap()).isNull();
        assertThat(comparison.simple().gapPercent()).isNull();
        // (6×100 + 8×300) / 400 = 7.5
        assertThat(comparison.weighted().value()).isEqualTo(7.5);
        assertThat(comparison.label(comparison.simple(), NAMES))
                .isEqualTo("simple average of the 2 forces with a value, not including Suffolk, which has no value");
    }

    @Test
    void ranksAGroupOfOneFirstOfOneOnItsOwnAverage() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk", List.of(Value.of("suffolk", 42.0, 760_000.0)), ImprovementDirection.DECREASE);

        assertThat(comparison.ranking()).containsExactly(new Ranked(1, false, "suffolk", 42, 760_000.0, null, null));
        assertThat(comparison.groupSize()).isEqualTo(1);
        assertThat(comparison.simple().value()).isEqualTo(42);
        assertThat(comparison.weighted().value()).isEqualTo(42);
        assertThat(comparison.simple().gap()).isZero();
        assertThat(comparison.best()).isEqualTo(comparison.worst());
        assertThat(comparison.label(comparison.simple(), NAMES))
                .isEqualTo("simple average of 1 force with a value, Suffolk alone");
    }

    @Test
    void poolsRatesPerHeadAsTheGroupsCrimesOverItsPopulation() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        // 50 crimes among 10,000 people: 5 per 1,000; 300 among 20,000: 15 per 1,000.
                        new Value("suffolk", 5.0, 10_000.0, 50.0, 10_000.0),
                        new Value("norfolk", 15.0, 20_000.0, 300.0, 20_000.0)),
                ImprovementDirection.DECREASE);

        // Simple: (5 + 15) / 2 = 10. Pooled: (50 + 300) / (10,000 + 20,000) × 1,000 = 11.667 per 1,000,
        // which is the population-weighted mean, the denominators being the populations.
        assertThat(comparison.simple().value()).isEqualTo(10);
        assertThat(comparison.weighted().weighting()).isEqualTo(Weighting.POPULATION);
        assertThat(comparison.weighted().pooled()).isTrue();
        assertThat(comparison.weighted().value()).isCloseTo(350.0 / 30_000 * 1000, within(1e-9));
        assertThat(comparison.label(comparison.weighted(), NAMES))
                .isEqualTo("population-weighted average (Σ numerator ÷ Σ population) of the 2 forces with a value,"
                        + " Suffolk included");
    }

    @Test
    void poolsProportionsByTheirDenominatorsNotByPopulation() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        // Solved rates: 30 solved of 200 investigable, 15 %; 10 of 400, 2.5 %.
                        new Value("suffolk", 15.0, 760_000.0, 30.0, 200.0),
                        new Value("norfolk", 2.5, 900_000.0, 10.0, 400.0)),
                ImprovementDirection.INCREASE);

        // (30 + 10) / (200 + 400) × 100 = 6.667 %; Suffolk is 8.333 points above it, 125 %.
        assertThat(comparison.weighted().weighting()).isEqualTo(Weighting.DENOMINATOR);
        assertThat(comparison.weighted().value()).isCloseTo(40.0 / 600 * 100, within(1e-9));
        assertThat(comparison.weighted().gap()).isCloseTo(8.3333, within(1e-4));
        assertThat(comparison.weighted().gapPercent()).isCloseTo(125, within(1e-9));
        assertThat(comparison.label(comparison.weighted(), NAMES))
                .startsWith("average weighted by denominator (Σ numerator ÷ Σ denominator) of the 2 forces");
    }

    @Test
    void leavesAForceWithNoPopulationOutOfTheWeightedAverageOnlyAndSaysSo() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(
                        Value.of("suffolk", 100.0, 100.0),
                        Value.of("gwent", 400.0, null),
                        Value.of("norfolk", 200.0, 300.0)),
                ImprovementDirection.DECREASE);

        assertThat(comparison.ranking()).extracting(Ranked::force).containsExactly("suffolk", "norfolk", "gwent");
        // Simple: (100 + 400 + 200) / 3 = 233.33; weighted: (100×100 + 200×300) / 400 = 175.
        assertThat(comparison.simple().value()).isCloseTo(233.3333, within(1e-4));
        assertThat(comparison.weighted().value()).isEqualTo(175);
        assertThat(comparison.weighted().withoutWeight()).containsExactly("gwent");
        assertThat(comparison.label(comparison.weighted(), NAMES))
                .isEqualTo("population-weighted average of the 2 forces with a value and a population, Suffolk"
                        + " included; left out for want of a population: Gwent");
    }

    @Test
    void saysSoWhereTheForceItselfHasNoPopulation() {
        PeerComparison comparison = PeerComparison.of(
                "gwent",
                List.of(Value.of("gwent", 400.0, null), Value.of("norfolk", 200.0, 300.0)),
                ImprovementDirection.DECREASE);

        assertThat(comparison.weighted().gap()).isEqualTo(200);
        assertThat(comparison.label(comparison.weighted(), NAMES))
                .isEqualTo("population-weighted average of 1 force with a value and a population, not including"
                        + " Gwent, which has no population held");
    }

    @Test
    void hasNoAveragesWhereNoForceHasAValue() {
        PeerComparison comparison = PeerComparison.of(
                "suffolk",
                List.of(Value.of("suffolk", null, 1.0), Value.of("norfolk", null, 1.0)),
                ImprovementDirection.DECREASE);

        assertThat(comparison.ranking()).isEmpty();
        assertThat(comparison.missing()).containsExactly("suffolk", "norfolk");
        assertThat(comparison.simple()).isNull();
        assertThat(comparison.weighted()).isNull();
        assertThat(comparison.best()).isNull();
    }

    @Test
    void rejectsAGroupWithoutTheForceOrWithAForceTwice() {
        assertThatThrownBy(() -> PeerComparison.of(
                        "suffolk", List.of(Value.of("norfolk", 1.0, null)), ImprovementDirection.DECREASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suffolk is not among the forces compared");
        assertThatThrownBy(() -> PeerComparison.of(
                        "suffolk",
                        List.of(Value.of("suffolk", 1.0, null), Value.of("suffolk", 2.0, null)),
                        ImprovementDirection.DECREASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suffolk is given twice");
    }
}
