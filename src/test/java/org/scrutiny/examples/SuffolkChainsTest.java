package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.ProportionChain;
import org.scrutiny.plan.Plan;

/** The chains of proportions read from Suffolk's plan: its crime suite. */
class SuffolkChainsTest {
    private static final Plan PLAN = ExamplePlans.read("suffolk-2017-2021");

    @Test
    void findsTheElevenCrimeCategoriesOfTheSuiteEachFromCrimesToSolved() {
        List<ProportionChain> chains = ProportionChain.in(PLAN.allIndicators().toList());

        // In the plan's order: the annual categories kept under objective 3, then those under its actions.
        assertThat(chains)
                .extracting(ProportionChain::ref)
                .containsExactly(
                        "domestic-burglary",
                        "violence-with-injury",
                        "robbery",
                        "asb",
                        "domestic-abuse",
                        "serious-sexual-offences",
                        "child-sexual-abuse",
                        "hate-crime",
                        "cyber-enabled-crime",
                        "drug-trafficking",
                        "reoffending");
        assertThat(chains).allSatisfy(chain -> {
            String category = chain.ref();
            assertThat(chain.counts())
                    .extracting(Indicator::ref)
                    .containsExactly(
                            category, category + "-investigable", category + "-victim-supports", category + "-solved");
            assertThat(chain.steps())
                    .extracting(step -> step.proportion().ref())
                    .containsExactly(
                            category + "-investigation-possible",
                            category + "-victim-supports-prosecution",
                            category + "-solved-rate");
            assertThat(chain.name()).endsWith(": number of crimes");
        });
    }

    @Test
    void leavesTheOverallSolvedRatesOutOfTheChainsForTheyAreNotDerived() {
        assertThat(PLAN.indicator("domestic-burglary-overall-solved-rate"))
                .hasValueSatisfying(i -> assertThat(i.derivation()).isNull());
    }
}
