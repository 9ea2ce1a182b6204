package org.scrutiny.forces;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutiny.store.Database;
import org.springframework.jdbc.core.RowMapper;

/** The forces and their reference data, read from the tables of migrations V2 and V40–V42. */
final class JdbcForces implements Forces {
    private static final RowMapper<Force> FORCE =
            (rs, n) -> new Force(rs.getString("code"), rs.getString("name"), rs.getString("ons_code"));

    private static final RowMapper<District> DISTRICT = (rs, n) -> new District(
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("csp_code"),
            rs.getString("force_code"),
            rs.getString("replaced_by"));

    private final Database database;

    JdbcForces(Database database) {
        this.database = database;
    }

    @Override
    public List<Force> all() {
        return database.jdbc()
                .sql("SELECT code, name, ons_code FROM force ORDER BY code")
                .query(FORCE)
                .list();
    }

    @Override
    public Optional<Force> byCode(String code) {
        return database.jdbc()
                .sql("SELECT code, name, ons_code FROM force WHERE code = ?")
                .param(code)
                .query(FORCE)
                .optional();
    }

    @Override
    public Optional<Force> byName(NameSource source, String name) {
        return database.jdbc()
                .sql("""
                        SELECT f.code, f.name, f.ons_code
                        FROM force_name n JOIN force f ON f.code = n.force_code
                        WHERE n.source = ? AND LOWER(n.name) = ?
                        """)
                .param(source.code())
                .param(normal(name))
                .query(FORCE)
                .optional();
    }

    @Override
    public Optional<Force> byAnyName(String name) {
        List<Force> found = database.jdbc()
                .sql("""
                        SELECT DISTINCT f.code, f.name, f.ons_code
                        FROM force f LEFT JOIN force_name n ON n.force_code = f.code
                        WHERE LOWER(f.code) = :name OR LOWER(f.name) = :name OR LOWER(n.name) = :name
                        """)
                .param("name", normal(name))
                .query(FORCE)
                .list();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    @Override
    public Map<String, Force> namesUsedBy(NameSource source) {
        Map<String, Force> names = new HashMap<>();
        database.jdbc().sql("""
                        SELECT n.name AS source_name, f.code, f.name, f.ons_code
                        FROM force_name n JOIN force f ON f.code = n.force_code
                        WHERE n.source = ?
                        """).param(source.code()).query(rs -> {
            names.put(normal(rs.getString("source_name")), FORCE.mapRow(rs, 0));
        });
        return names;
    }

    @Override
    public Optional<District> district(String codeOrName) {
        return database
                .jdbc()
                .sql("""
                        SELECT code, name, csp_code, force_code, replaced_by FROM district
                        WHERE code = :text OR LOWER(name) = :name
                        ORDER BY CASE WHEN replaced_by IS NULL THEN 0 ELSE 1 END, code
                        """)
                .param("text", codeOrName.strip().toUpperCase(Locale.ROOT))
                .param("name", normal(codeOrName))
                .query(DISTRICT)
                .list()
                .stream()
                .findFirst();
    }

    @Override
    public List<District> districts() {
        return database.jdbc()
                .sql("SELECT code, name, csp_code, force_code, replaced_by FROM district ORDER BY code")
                .query(DISTRICT)
                .list();
    }

    @Override
    public OptionalLong population(String forceCode, int year) {
        return database.jdbc()
                .sql("SELECT population FROM force_population WHERE force_code = ? AND year = ?")
                .param(forceCode)
                .param(year)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public Map<String, Long> populations(int year) {
        Map<String, Long> populations = new HashMap<>();
        database.jdbc()
                .sql("SELECT force_code, population FROM force_population WHERE year = ?")
                .param(year)
                .query(rs -> {
                    populations.put(rs.getString("force_code"), rs.getLong("population"));
                });
        return populations;
    }

    @Override
    public List<Integer> populationYears() {
        return database.jdbc()
                .sql("SELECT DISTINCT year FROM force_population ORDER BY year")
                .query(Integer.class)
                .list();
    }

    static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
