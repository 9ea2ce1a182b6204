package org.scrutiny.store;

import java.util.Map;

/**
 * Where the database is: an SQLite file by default, or the PostgreSQL server named by the environment.
 *
 * @param password may be null where the server needs none
 */
public record DatabaseSettings(String url, String user, String password) {
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/scrutiny.db";

    public static DatabaseSettings sqlite(String file) {
        return new DatabaseSettings("jdbc:sqlite:" + file, null, null);
    }

    /**
     * Reads {@code SCRUTINY_DB_URL}, {@code SCRUTINY_DB_USER} and {@code SCRUTINY_DB_PASSWORD}; without a
     * URL, the SQLite file {@code ./data/scrutiny.db}.
     */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        String url = env.getOrDefault("SCRUTINY_DB_URL", "");
        return new DatabaseSettings(
                url.isBlank() ? DEFAULT_URL : url, env.get("SCRUTINY_DB_USER"), env.get("SCRUTINY_DB_PASSWORD"));
    }

    public Engine engine() {
        return Engine.ofUrl(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
