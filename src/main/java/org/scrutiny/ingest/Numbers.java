package org.scrutiny.ingest;

import java.util.regex.Pattern;

/**
 * Reads the numbers of data files, the same way whatever the platform's locale: a point for the
 * decimal separator and, optionally, commas between groups of three digits ({@code 12,345.6}).
 */
final class Numbers {
    // Spreadsheets export thousands separators; a decimal comma ("1,5") does not fit the groups of
    // three, so it is rejected rather than misread as fifteen.
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");

    private Numbers() {}

    /**
     * The number written in a cell.
     *
     * @throws NumberFormatException with a message fit for a user
     */
    static double parse(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches() || !hasDigitBeforeExponent(t)) {
            throw new NumberFormatException("'" + text + "' is not a number" + hint(t));
        }
        double value = Double.parseDouble(t.replace(",", ""));
        if (Double.isInfinite(value)) {
            throw new NumberFormatException("'" + text + "' is too large");
        }
        return value;
    }

    private static boolean hasDigitBeforeExponent(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static String hint(String t) {
        if (t.endsWith("%")) {
            return " (write the percentage without the % sign)";
        }
        if (t.matches("[+-]?\\d+,\\d{1,2}")) {
            return " (use a point for decimals: 1.5, not 1,5)";
        }
        return "";
    }
}
