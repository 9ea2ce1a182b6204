package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SeriesSummaryTest {

    @Test
    void summarisesValuesAndTheLatestChange() {
        SeriesSummary summary = SeriesSummary.of(new double[] {462, 440, 501});

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.mean()).isCloseTo(467.666666, within(1e-5));
        assertThat(summary.min()).isEqualTo(440);
        assertThat(summary.max()).isEqualTo(501);
        assertThat(summary.latest()).hasValue(501);
        assertThat(summary.change()).hasValue(61);
    }

    @Test
    void treatsMissingValuesAsGapsNotZeroes() {
        SeriesSummary summary = SeriesSummary.of(new double[] {10, Double.NaN, 30, Double.NaN});

        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.mean()).isEqualTo(20);
        assertThat(summary.latest()).hasValue(30);
        assertThat(summary.change()).as("no change across a gap").isEmpty();
    }

    @Test
    void hasNoLatestValueForAnEmptySeries() {
        SeriesSummary summary = SeriesSummary.of(new double[] {Double.NaN});

        assertThat(summary.count()).isZero();
        assertThat(summary.latest()).isEmpty();
        assertThat(summary.change()).isEmpty();
    }
}
