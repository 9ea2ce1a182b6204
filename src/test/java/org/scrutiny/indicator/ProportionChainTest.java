package org.scrutiny.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.series.Frequency;

class ProportionChainTest {

    private static Indicator count(String ref) {
        return indicator(ref, Unit.COUNT, null);
    }

    private static Indicator proportion(String ref, String numerator, String denominator) {
        return indicator(ref, Unit.PERCENT, new Indicator.Derivation(numerator, denominator, 100));
    }

    private static Indicator indicator(String ref, Unit unit, Indicator.Derivation derivation) {
        return new Indicator(
                ref,
                "Name of " + ref,
                "",
                unit,
                Polarity.NEITHER,
                Frequency.QUARTERLY,
                "",
                List.of(),
                new Baseline.None(),
                new Target.None(),
                null,
                false,
                true,
                null,
                null,
                null,
                derivation,
                null);
    }

    private static List<String> refs(ProportionChain chain) {
        return chain.counts().stream().map(Indicator::ref).toList();
    }

    @Test
    void followsEachProportionsNumeratorToTheNextProportionsDenominator() {
        List<Indicator> plan = List.of(
                count("crimes"),
                proportion("investigation-possible", "investigable", "crimes"),
                proportion("victim-supports-prosecution", "supported", "investigable"),
                proportion("solved-rate", "solved", "supported"),
                count("investigable"),
                count("supported"),
                count("solved"));

        List<ProportionChain> chains = ProportionChain.in(plan);

        assertThat(chains).hasSize(1);
        ProportionChain chain = chains.getFirst();
        assertThat(chain.ref()).isEqualTo("crimes");
        assertThat(chain.name()).isEqualTo("Name of crimes");
        assertThat(refs(chain)).containsExactly("crimes", "investigable", "supported", "solved");
        assertThat(chain.steps())
                .extracting(step -> step.proportion().ref())
                .containsExactly("investigation-possible", "victim-supports-prosecution", "solved-rate");
        assertThat(chain.steps().get(1).denominator().ref()).isEqualTo("investigable");
        assertThat(chain.steps().get(1).multiplier()).isEqualTo(100);
    }

    @Test
    void leavesOutASingleProportionWhichIsNoChain() {
        List<Indicator> plan =
                List.of(count("crimes"), count("positive-outcomes"), proportion("rate", "positive-outcomes", "crimes"));

        assertThat(ProportionChain.in(plan)).isEmpty();
    }

    @Test
    void neverListsTheTailOfAChainAsAChainOfItsOwn() {
        List<Indicator> plan = List.of(
                count("a"),
                count("b"),
                count("c"),
                count("d"),
                proportion("b-of-a", "b", "a"),
                proportion("c-of-b", "c", "b"),
                proportion("d-of-c", "d", "c"));

        assertThat(ProportionChain.in(plan)).extracting(ProportionChain::ref).containsExactly("a");
    }

    @Test
    void takesTheLongestBranchWhereACountBranches() {
        List<Indicator> plan = List.of(
                count("crimes"),
                count("solved"),
                count("investigable"),
                count("supported"),
                // An overall solved rate is also a proportion of crimes, but leads nowhere.
                proportion("overall-solved-rate", "solved", "crimes"),
                proportion("investigation-possible", "investigable", "crimes"),
                proportion("supported-rate", "supported", "investigable"));

        assertThat(ProportionChain.in(plan))
                .singleElement()
                .satisfies(chain -> assertThat(refs(chain)).containsExactly("crimes", "investigable", "supported"));
    }

    @Test
    void neverVisitsACountTwiceWhereAPlanLoops() {
        List<Indicator> plan = List.of(
                count("a"),
                count("b"),
                count("c"),
                proportion("b-of-a", "b", "a"),
                proportion("a-of-b", "a", "b"),
                proportion("c-of-b", "c", "b"));

        // a → b → a would loop, so the chain from a goes on to c; b, a later count of it, starts none.
        assertThat(ProportionChain.in(plan))
                .singleElement()
                .satisfies(chain -> assertThat(refs(chain)).containsExactly("a", "b", "c"));
    }

    @Test
    void chainsOnlyCountsNeverRatesOrOtherDerivedIndicators() {
        List<Indicator> plan = List.of(
                indicator("rate", Unit.RATE_PER_1000, null),
                count("b"),
                count("c"),
                proportion("b-of-rate", "b", "rate"),
                proportion("c-of-b", "c", "b"),
                proportion("of-a-proportion", "c", "b-of-rate"));

        assertThat(ProportionChain.in(plan)).isEmpty();
    }

    @Test
    void findsAChainByTheReferenceOfItsFirstCount() {
        List<Indicator> plan = List.of(
                count("a"), count("b"), count("c"), proportion("b-of-a", "b", "a"), proportion("c-of-b", "c", "b"));

        assertThat(ProportionChain.startingAt(plan, "a")).isPresent();
        assertThat(ProportionChain.startingAt(plan, "b"))
                .as("the tail of a chain")
                .isEmpty();
        assertThat(ProportionChain.startingAt(plan, "nope")).isEmpty();
    }
}
