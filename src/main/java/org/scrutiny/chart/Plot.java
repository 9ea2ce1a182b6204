package org.scrutiny.chart;

/**
 * What a chart draws, whatever computed it: per point the value, its mark, the centre line, limits and
 * 2-sigma lines (NaN where there are none) and the group it belongs to, whose lines are drawn apart from
 * the next group's.
 */
final class Plot {

    final int size;
    final double[] values;
    final Mark[] marks;
    final double[] centre;
    final double[] lower;
    final double[] upper;
    final double[] lowerTwoSigma;
    final double[] upperTwoSigma;
    final int[] group;
    /** Points whose centre line is drawn as a runs signal (a qicharts2 part with a shift). */
    final boolean[] centreSignal;

    String centreName = "Mean";
    String limitsName = "Process limits";

    Plot(int size) {
        this.size = size;
        values = new double[size];
        marks = new Mark[size];
        centre = new double[size];
        lower = new double[size];
        upper = new double[size];
        lowerTwoSigma = new double[size];
        upperTwoSigma = new double[size];
        group = new int[size];
        centreSignal = new boolean[size];
        java.util.Arrays.fill(lowerTwoSigma, Double.NaN);
        java.util.Arrays.fill(upperTwoSigma, Double.NaN);
    }

    /** Whether point i starts a new group (and is not the first point). */
    boolean startsGroup(int i) {
        return i > 0 && group[i] != group[i - 1];
    }
}
