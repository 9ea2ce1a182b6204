package org.scrutiny.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void ranksByEuclideanDistanceInStandardisedFeatures() {
        // Feature 1: 0, 2, 4, 6 (mean 3, sd sqrt(5)); feature 2: 100 for all (left out, no spread).
        Map<String, double[]> features = Map.of(
                "a", new double[] {0, 100},
                "b", new double[] {2, 100},
                "c", new double[] {4, 100},
                "d", new double[] {6, 100});

        List<SimilarForce> nearest = Similarity.nearest("b", features, 7);

        assertThat(nearest).extracting(SimilarForce::force).containsExactly("a", "c", "d");
        assertThat(nearest.get(0).distance()).isCloseTo(2 / Math.sqrt(5), within(1e-12));
        assertThat(nearest.get(2).distance()).isCloseTo(4 / Math.sqrt(5), within(1e-12));
    }

    @Test
    void givesEachFeatureTheSameWeightWhateverItsScale() {
        Map<String, double[]> features = Map.of(
                "x", new double[] {0, 0},
                "near-in-small", new double[] {1000, 0},
                "far-in-small", new double[] {0, 2},
                "other", new double[] {2000, 1});

        assertThat(Similarity.nearest("x", features, 1))
                .extracting(SimilarForce::force)
                .containsExactly("near-in-small");
    }
}
