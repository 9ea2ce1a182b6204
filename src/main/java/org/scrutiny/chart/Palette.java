package org.scrutiny.chart;

/** The colours of the charts and icons; every colour that carries meaning is at least 3:1 against white. */
final class Palette {

    static final String BACKGROUND = "#ffffff";
    static final String COMMON = "#6e6e6e";
    static final String IMPROVEMENT = "#1763a8";
    static final String CONCERN = "#b85500";
    static final String NEUTRAL = "#6a3d9a";
    static final String LINE = "#8c8c8c";
    static final String MEAN = "#2b2b2b";
    static final String LIMIT = "#4d4d4d";
    static final String TWO_SIGMA = "#8a8a8a";
    static final String TARGET = "#b3003c";
    static final String TEXT = "#1f1f1f";
    static final String MUTED = "#555555";
    static final String GRID = "#e3e3e3";
    static final String AXIS = "#767676";
    /** The unit a funnel chart picks out (the force), in a colour no other mark uses; 4.5:1 for its name. */
    static final String HIGHLIGHT = "#00707a";

    private Palette() {}

    /** The WCAG contrast ratio of two colours written {@code #rrggbb}. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
