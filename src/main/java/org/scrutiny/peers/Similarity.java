package org.scrutiny.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Nearest neighbours in standardised features: each feature is turned into z-scores over all the forces
 * compared (mean 0, standard deviation 1, so that no feature outweighs another by its scale), and forces are
 * ranked by Euclidean distance. A feature that is the same for every force tells them apart not at all and
 * is left out.
 */
final class Similarity {
    private Similarity() {}

    /**
     * The {@code count} forces nearest to {@code force}, nearest first; ties in order of force code.
     *
     * @param features every force's features, each array of the same length
     */
    static List<SimilarForce> nearest(String force, Map<String, double[]> features, int count) {
        double[] target = features.get(force);
        if (target == null) {
            throw new IllegalArgumentException("no features for " + force);
        }
        int n = features.size();
        int width = target.length;
        double[] mean = new double[width];
        double[] sd = new double[width];
        for (double[] f : features.values()) {
            for (int i = 0; i < width; i++) {
                mean[i] += f[i] / n;
            }
        }
        for (double[] f : features.values()) {
            for (int i = 0; i < width; i++) {
                sd[i] += (f[i] - mean[i]) * (f[i] - mean[i]) / n;
            }
        }
        for (int i = 0; i < width; i++) {
            sd[i] = Math.sqrt(sd[i]);
        }
        List<SimilarForce> all = new ArrayList<>();
        features.forEach((other, f) -> {
            if (other.equals(force)) {
                return;
            }
            double sum = 0;
            for (int i = 0; i < width; i++) {
                if (sd[i] > 0) {
                    double d = (f[i] - target[i]) / sd[i];
                    sum += d * d;
                }
            }
            all.add(new SimilarForce(other, Math.sqrt(sum)));
        });
        all.sort(Comparator.comparingDouble(SimilarForce::distance).thenComparing(SimilarForce::force));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }
}
