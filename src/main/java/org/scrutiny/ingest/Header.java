package org.scrutiny.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.input.Problems;
import org.scrutiny.plan.Plan;

/**
 * The header row of a data file: which column holds what. Column numbers are counted from 0 here
 * and from 1 in messages; -1 means the file has no such column.
 *
 * @param dimensions breakdown dimension keys by column
 * @param unnamed columns with an empty heading, which must stay empty
 */
record Header(
        int line,
        int indicator,
        int period,
        int value,
        int numerator,
        int denominator,
        int status,
        int note,
        Map<Integer, String> dimensions,
        List<Integer> unnamed,
        int width) {

    static final List<String> FIXED =
            List.of("indicator", "period", "value", "numerator", "denominator", "status", "note");

    /** Reads a header row, or returns null having added a problem for each thing wrong with it. */
    static Header read(DataRow row, Plan plan, DataFile file, Problems problems) {
        Map<String, String> dimensionsByName = dimensionNames(plan);
        Map<String, Integer> fixed = new HashMap<>();
        Map<Integer, String> dimensions = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> unnamed = new ArrayList<>();
        int before = problems.count();
        for (int i = 0; i < row.width(); i++) {
            String heading = row.cell(i).strip();
            String name = heading.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                unnamed.add(i);
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i);
            String where = file.cellName(row.line(), i + 1);
            if (earlier != null) {
                problems.add(
                        row.line(),
                        i + 1,
                        "column '" + heading + "' appears twice, in columns " + (earlier + 1) + " and " + (i + 1)
                                + where);
            } else if (FIXED.contains(name)) {
                fixed.put(name, i);
            } else if (dimensionsByName.containsKey(name)) {
                String key = dimensionsByName.get(name);
                if (dimensions.containsValue(key)) {
                    problems.add(
                            row.line(), i + 1, "column '" + heading + "' repeats the breakdown '" + key + "'" + where);
                }
                dimensions.put(i, key);
            } else {
                problems.add(
                        row.line(),
                        i + 1,
                        "unknown column '" + heading + "': expected " + String.join(", ", FIXED)
                                + expectedDimensions(plan) + where);
            }
        }
        for (String required : List.of("indicator", "period")) {
            if (!fixed.containsKey(required)) {
                problems.add(
                        row.line(),
                        1,
                        "no '" + required + "' column: the header must name the columns"
                                + " indicator, period and value (or numerator and denominator)");
            }
        }
        boolean fraction = fixed.containsKey("numerator") && fixed.containsKey("denominator");
        if (!fixed.containsKey("value") && !fraction) {
            problems.add(
                    row.line(),
                    1,
                    "no 'value' column: give a value column, or numerator and denominator"
                            + " columns to compute the value from");
        }
        if (problems.count() > before) {
            return null;
        }
        return new Header(
                row.line(),
                fixed.get("indicator"),
                fixed.get("period"),
                fixed.getOrDefault("value", -1),
                fixed.getOrDefault("numerator", -1),
                fixed.getOrDefault("denominator", -1),
                fixed.getOrDefault("status", -1),
                fixed.getOrDefault("note", -1),
                dimensions,
                unnamed,
                row.width());
    }

    /** Breakdown dimensions by lower-cased key and label; a key wins over another dimension's label. */
    private static Map<String, String> dimensionNames(Plan plan) {
        Map<String, String> byName = new HashMap<>();
        List<Breakdown> all =
                plan.allIndicators().flatMap(i -> i.breakdowns().stream()).toList();
        for (Breakdown b : all) {
            if (b.label() != null) {
                byName.put(b.label().strip().toLowerCase(Locale.ROOT), b.key());
            }
        }
        for (Breakdown b : all) {
            byName.put(b.key().toLowerCase(Locale.ROOT), b.key());
        }
        return byName;
    }

    private static String expectedDimensions(Plan plan) {
        TreeSet<String> keys = new TreeSet<>();
        plan.allIndicators().map(Indicator::breakdowns).forEach(bs -> bs.forEach(b -> keys.add(b.key())));
        return keys.isEmpty()
                ? " (the plan's indicators have no breakdowns)"
                : ", or a breakdown of the plan's indicators (" + String.join(", ", keys) + ")";
    }
}
