package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AnhoejRulesTest {

    @ParameterizedTest(name = "n_useful={0}")
    @CsvFileSource(resources = "/vectors/qicharts2/anhoej_thresholds_n1_200.csv", numLinesToSkip = 1)
    void agreesWithQicharts2ThresholdsForOneToTwoHundredUsefulObservations(
            int useful, int longestRunMax, int crossingsMin) {
        assertThat(AnhoejRules.longestRunLimit(useful)).isEqualTo(longestRunMax);
        assertThat(AnhoejRules.crossingsLimit(useful)).isEqualTo(crossingsMin);
    }

    @Test
    void binomialQuantileStaysExactBeyondTheRangeOfDoublePowersOfTwo() {
        // Computed with exact integer arithmetic (sum of C(t, k) against 2^t / 20).
        assertThat(AnhoejRules.halfBinomialQuantile(0.05, 999)).isEqualTo(474);
        assertThat(AnhoejRules.halfBinomialQuantile(0.05, 2999)).isEqualTo(1454);
        assertThat(AnhoejRules.halfBinomialQuantile(0.05, 9999)).isEqualTo(4917);
        assertThat(AnhoejRules.halfBinomialQuantile(0.05, 0)).isZero();
    }

    @Test
    void aPointOnTheCentreLineOrMissingNeitherMakesNorBreaksARun() {
        double[] values = {1, 1, 0, Double.NaN, 1, -1, 1, 1, 1};
        double[] centre = new double[values.length];
        boolean[] included = {true, true, true, true, true, true, true, true, true};
        QicRuns runs = AnhoejRules.analyse(values, centre, included, 0, values.length, true);
        assertThat(runs.observations()).isEqualTo(9);
        assertThat(runs.useful()).isEqualTo(7);
        assertThat(runs.longestRun()).isEqualTo(3);
        assertThat(runs.crossings()).isEqualTo(2);
    }

    @Test
    void flagsALongRunAndNeverSignalsWhereOrderMeansNothing() {
        double[] values = {1, 1, 1, 1, 1, 1, 1, 1, 1, -1};
        double[] centre = new double[values.length];
        boolean[] included = new boolean[values.length];
        java.util.Arrays.fill(included, true);
        assertThat(AnhoejRules.analyse(values, centre, included, 0, 10, true).signal())
                .isTrue();
        assertThat(AnhoejRules.analyse(values, centre, included, 0, 10, false).signal())
                .isFalse();
    }
}
