package org.scrutiny.indicator;

import java.util.List;

/**
 * A dimension an indicator is broken down by, such as area (rural, urban) or age (adults, children),
 * with its values. Each value has a short key used in data files and a label for people.
 */
public record Breakdown(String key, String label, List<Value> values) {
    public Breakdown {
        values = List.copyOf(values);
    }

    public record Value(String key, String label) {}
}
