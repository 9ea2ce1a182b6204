package org.scrutiny.chart;

import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.Variation;

/**
 * The Making Data Count variation and assurance icons as small self-contained SVGs, in the spirit of
 * NHS England's: a coloured ring around a letter and a few points. Each carries its text equivalent as
 * {@code <title>} and accessible name, and never relies on colour alone: the letter (H or L; P, F or ?)
 * says what the icon means, and a badge tells improvement (a tick) from concern (an exclamation mark).
 */
public final class SvgIcons {

    /** The default size, in CSS pixels, of an icon's square. */
    public static final int SIZE = 40;

    private static final double[] COMMON_DOTS = {25, 23, 26.5, 24, 26, 23.5, 25.5};
    private static final double[] HIGH_DOTS = {29, 28, 29.5, 28.5, 25, 23, 22.5};
    private static final double[] LOW_DOTS = {22.5, 23.5, 22, 23, 27, 29, 29.5};

    private SvgIcons() {}

    /** The variation icon of the latest point, 40 × 40. */
    public static String variation(Variation variation) {
        return variation(variation, SIZE);
    }

    /** The variation icon of the latest point, {@code size} pixels square. */
    public static String variation(Variation variation, int size) {
        Svg svg = open(variation.text(), size);
        String colour = switch (variation) {
            case COMMON_CAUSE -> Palette.COMMON;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> Palette.IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> Palette.CONCERN;
            case NEITHER_HIGH, NEITHER_LOW -> Palette.NEUTRAL;
        };
        boolean high = variation == Variation.IMPROVEMENT_HIGH
                || variation == Variation.CONCERN_HIGH
                || variation == Variation.NEITHER_HIGH;
        ring(svg, colour, false);
        double[] dots = variation == Variation.COMMON_CAUSE ? COMMON_DOTS : high ? HIGH_DOTS : LOW_DOTS;
        int special = variation == Variation.COMMON_CAUSE ? dots.length : 4;
        dots(svg, dots, special, colour);
        if (variation != Variation.COMMON_CAUSE) {
            letter(svg, high ? "H" : "L", colour, 16.5);
        } else {
            // Common cause: a centre line through the dots, no letter.
            svg.raw("<path d=\"M9 25H31\" stroke=\"#b5b5b5\" stroke-width=\"1\"/>");
        }
        switch (variation) {
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> badge(svg, colour, "M29.6 7.6l1.6 1.7 3.2-3.4");
            case CONCERN_HIGH, CONCERN_LOW -> badge(svg, colour, "M32 4.8V8.2M32 9.9V10");
            default -> {}
        }
        return svg.raw("</svg>").toString();
    }

    /** The assurance icon, 40 × 40; {@link Assurance#NONE} gives a dashed grey ring with a dash. */
    public static String assurance(Assurance assurance) {
        return assurance(assurance, SIZE);
    }

    /** The assurance icon, {@code size} pixels square. */
    public static String assurance(Assurance assurance, int size) {
        Svg svg = open(assurance.text(), size);
        switch (assurance) {
            case CONSISTENTLY_PASSES -> {
                ring(svg, Palette.IMPROVEMENT, false);
                letter(svg, "P", Palette.IMPROVEMENT, 17);
                target(svg);
                dots(svg, new double[] {24, 22.8, 24.2, 23, 24}, 5, Palette.COMMON);
            }
            case CONSISTENTLY_FAILS -> {
                ring(svg, Palette.CONCERN, false);
                letter(svg, "F", Palette.CONCERN, 17);
                target(svg);
                dots(svg, new double[] {30.5, 29.5, 31, 30, 30.6}, 5, Palette.COMMON);
            }
            case HIT_AND_MISS -> {
                ring(svg, Palette.COMMON, false);
                letter(svg, "?", Palette.COMMON, 17);
                target(svg);
                dots(svg, new double[] {24, 29.5, 25, 30, 24.5}, 5, Palette.COMMON);
            }
            case NONE -> {
                ring(svg, Palette.COMMON, true);
                svg.raw("<path d=\"M15 20H25\" stroke=\"" + Palette.COMMON + "\" stroke-width=\"2\"/>");
            }
        }
        return svg.raw("</svg>").toString();
    }

    private static Svg open(String text, int size) {
        if (size < 8) {
            throw new IllegalArgumentException("an icon needs at least 8 pixels, got " + size);
        }
        Svg svg = new Svg(900);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"scrutiny-icon\"")
                .attr("width", size)
                .attr("height", size)
                .raw(" viewBox=\"0 0 40 40\"")
                .attr("aria-label", text)
                .raw("><title>")
                .text(text)
                .raw("</title>");
        return svg;
    }

    private static void ring(Svg svg, String colour, boolean dashed) {
        svg.raw("<circle cx=\"20\" cy=\"20\" r=\"17.5\" fill=\"#fff\" stroke=\"" + colour + "\" stroke-width=\"3\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>");
    }

    private static void letter(Svg svg, String letter, String colour, double baseline) {
        svg.raw("<text x=\"20\"")
                .attr("y", baseline)
                .raw(" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\"")
                .attr("font-family", Svg.FONT)
                .raw(" fill=\"" + colour + "\">")
                .text(letter)
                .raw("</text>");
    }

    /** Dots from x = 10 to 30 at the given heights, the first {@code grey} grey and the rest coloured. */
    private static void dots(Svg svg, double[] ys, int grey, String colour) {
        double step = 20.0 / (ys.length - 1);
        svg.startPath();
        for (int k = 0; k < ys.length; k++) {
            if (k == 0) {
                svg.moveTo(10, ys[k]);
            } else {
                svg.lineTo(10 + step * k, ys[k]);
            }
        }
        svg.endPath(" fill=\"none\" stroke=\"#c4c4c4\" stroke-width=\"0.8\"");
        for (int pass = 0; pass < 2; pass++) {
            boolean coloured = pass == 1;
            if (coloured && grey >= ys.length) {
                break;
            }
            svg.startPath();
            for (int k = coloured ? grey : 0; k < (coloured ? ys.length : Math.min(grey, ys.length)); k++) {
                Mark.Shape.CIRCLE.draw(svg, 10 + step * k, ys[k], 1.7);
            }
            svg.endPath(" fill=\"" + (coloured ? colour : Palette.COMMON) + "\"");
        }
    }

    /** The target line of an assurance icon. */
    private static void target(Svg svg) {
        svg.raw("<path d=\"M8 27.2H32\" stroke=\"" + Palette.TARGET
                + "\" stroke-width=\"1.2\" stroke-dasharray=\"3 1.5\"/>");
    }

    /** A small filled disc on the ring at the top right with a white glyph: tick or exclamation mark. */
    private static void badge(Svg svg, String colour, String glyph) {
        svg.raw("<circle cx=\"32\" cy=\"8\" r=\"6\" fill=\"" + colour + "\" stroke=\"#fff\" stroke-width=\"1.2\"/>");
        svg.raw("<path d=\"" + glyph + "\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\" stroke-linecap=\"round\""
                + " stroke-linejoin=\"round\"/>");
    }
}
