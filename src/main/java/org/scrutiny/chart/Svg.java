package org.scrutiny.chart;

/**
 * A minimal SVG writer: a {@link StringBuilder} with coordinate formatting that never consults the
 * default locale, and XML escaping. No DOM, no regular expressions, no {@code String.format}.
 */
final class Svg {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private final StringBuilder out;

    Svg(int capacity) {
        out = new StringBuilder(capacity);
    }

    Svg raw(String text) {
        out.append(text);
        return this;
    }

    Svg raw(char c) {
        out.append(c);
        return this;
    }

    /** A coordinate rounded to one decimal, written with '.' whatever the locale, without a trailing ".0". */
    Svg num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        long fraction = tenths % 10;
        if (fraction != 0) {
            out.append('.').append(fraction);
        }
        return this;
    }

    /** Text escaped for element content and double- or single-quoted attributes. */
    Svg text(String text) {
        escape(out, text);
        return this;
    }

    /** {@code name="value"} with a leading space, the value escaped. */
    Svg attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(out, value);
        out.append('"');
        return this;
    }

    /** {@code name="number"} with a leading space. */
    Svg attr(String name, double value) {
        out.append(' ').append(name).append("=\"");
        num(value);
        out.append('"');
        return this;
    }

    /** Starts a path's data: {@code <path d="}. Close it with {@link #endPath(String)}. */
    Svg startPath() {
        out.append("<path d=\"");
        return this;
    }

    /** Ends a path's data and writes its other attributes, which the caller gives already formed. */
    Svg endPath(String attributes) {
        out.append('"').append(attributes).append("/>");
        return this;
    }

    Svg moveTo(double x, double y) {
        out.append('M');
        num(x).raw(' ').num(y);
        return this;
    }

    Svg lineTo(double x, double y) {
        out.append('L');
        num(x).raw(' ').num(y);
        return this;
    }

    Svg horizontalTo(double x) {
        out.append('H');
        return num(x);
    }

    Svg verticalTo(double y) {
        out.append('V');
        return num(y);
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        escape(b, text);
        return b.toString();
    }

    private static void escape(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML 1.0.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * An id safe as an XML name: letters, digits, '-', '_' and '.' kept, anything else made '-', and
     * an 'c' put in front of a prefix that does not start with a letter or '_'.
     */
    static String idPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "chart";
        }
        StringBuilder b = new StringBuilder(prefix.length() + 1);
        char first = prefix.charAt(0);
        if (!(Character.isLetter(first) && first < 128 || first == '_')) {
            b.append('c');
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            b.append(ok ? c : '-');
        }
        return b.toString();
    }

    /** The width of a text at a font size, estimated for a typical sans-serif (no font metrics on a server). */
    static double textWidth(String text, double fontSize) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == 'i' || c == 'l' || c == 'j'
                    || c == '\'' || c == '|' || c == '!' || c == 't' || c == 'f' || c == 'I') {
                units += 0.3;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%') {
                units += 0.85;
            } else if (Character.isUpperCase(c) || Character.isDigit(c) || c == '£' || c == '−') {
                units += 0.62;
            } else {
                units += 0.53;
            }
        }
        return units * fontSize;
    }
}
