package org.scrutiny.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.scrutiny.store.Database;
import org.springframework.stereotype.Component;

/** The names of police forces for pages, from the codes plans and data use ("suffolk" → "Suffolk"). */
@Component
public final class ForceNames {
    private final Map<String, String> names;

    // Forces are reference data loaded by migrations, so reading them once at start is enough.
    ForceNames(Database database) {
        this.names = database
                .jdbc()
                .sql("SELECT code, name FROM force")
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }
}
