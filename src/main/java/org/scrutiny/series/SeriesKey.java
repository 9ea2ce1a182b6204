package org.scrutiny.series;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which series an observation belongs to: a measure, for a force, for one combination of breakdown
 * values. The breakdown is written {@code age=children;area=rural} with dimensions in alphabetical
 * order, and is empty for the total.
 */
public record SeriesKey(String measure, String force, String breakdown) {

    public static SeriesKey total(String measure, String force) {
        return new SeriesKey(measure, force, "");
    }

    /** The canonical breakdown text for dimension → value pairs; blank values are left out. */
    public static String breakdownOf(Map<String, String> values) {
        return new TreeMap<>(values)
                .entrySet().stream()
                        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";"));
    }
}
