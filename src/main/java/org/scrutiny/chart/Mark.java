package org.scrutiny.chart;

import org.scrutiny.analysis.XmrPointType;

/**
 * How a point is marked: a colour from Making Data Count's conventions (improvement blue, concern
 * orange, neither purple, common cause grey), each at least 3:1 against white, and a shape of its own,
 * so that colour is never the only cue.
 */
enum Mark {
    COMMON("common", "Common cause", Palette.COMMON, Shape.CIRCLE),
    IMPROVEMENT("improvement", "Special cause: improvement", Palette.IMPROVEMENT, Shape.DIAMOND),
    CONCERN("concern", "Special cause: concern", Palette.CONCERN, Shape.SQUARE),
    HIGH("high", "Special cause: high", Palette.NEUTRAL, Shape.TRIANGLE_UP),
    LOW("low", "Special cause: low", Palette.NEUTRAL, Shape.TRIANGLE_DOWN);

    final String code;
    final String label;
    final String colour;
    final Shape shape;

    Mark(String code, String label, String colour, Shape shape) {
        this.code = code;
        this.label = label;
        this.colour = colour;
        this.shape = shape;
    }

    /** The mark of an XmR point type; null for a gap. */
    static Mark of(XmrPointType type) {
        return switch (type) {
            case COMMON_CAUSE -> COMMON;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> LOW;
            case MISSING -> null;
        };
    }

    /** The marker shapes, each drawn as a path centred on a point with a nominal radius. */
    enum Shape {
        CIRCLE("circle"),
        DIAMOND("diamond"),
        SQUARE("square"),
        TRIANGLE_UP("triangle-up"),
        TRIANGLE_DOWN("triangle-down");

        final String code;

        Shape(String code) {
            this.code = code;
        }

        /** Appends this shape's subpath at (x, y); the shapes' areas are about equal for one radius. */
        void draw(Svg svg, double x, double y, double r) {
            switch (this) {
                case CIRCLE ->
                    svg.moveTo(x - r, y)
                            .raw('a')
                            .num(r)
                            .raw(' ')
                            .num(r)
                            .raw(" 0 1 0 ")
                            .num(2 * r)
                            .raw(" 0a")
                            .num(r)
                            .raw(' ')
                            .num(r)
                            .raw(" 0 1 0 ")
                            .num(-2 * r)
                            .raw(" 0Z");
                case SQUARE -> {
                    double s = r * 0.9;
                    svg.moveTo(x - s, y - s)
                            .horizontalTo(x + s)
                            .verticalTo(y + s)
                            .horizontalTo(x - s)
                            .raw('Z');
                }
                case DIAMOND -> {
                    double d = r * 1.3;
                    svg.moveTo(x, y - d)
                            .lineTo(x + d, y)
                            .lineTo(x, y + d)
                            .lineTo(x - d, y)
                            .raw('Z');
                }
                case TRIANGLE_UP -> {
                    double h = r * 1.35;
                    svg.moveTo(x, y - h)
                            .lineTo(x + h * 1.05, y + h * 0.75)
                            .lineTo(x - h * 1.05, y + h * 0.75)
                            .raw('Z');
                }
                case TRIANGLE_DOWN -> {
                    double h = r * 1.35;
                    svg.moveTo(x, y + h)
                            .lineTo(x + h * 1.05, y - h * 0.75)
                            .lineTo(x - h * 1.05, y - h * 0.75)
                            .raw('Z');
                }
            }
        }
    }
}
