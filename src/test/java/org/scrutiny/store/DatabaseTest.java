package org.scrutiny.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;

class DatabaseTest {

    @Test
    void knowsTheVersionOfItsNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION)
                .as("Database.SCHEMA_VERSION must name the newest migration, or a database would be left behind")
                .isEqualTo(newest);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recognisesACurrentSchemaAndLeavesAnythingElseToFlyway(Engine engine) {
        DatabaseSettings settings = TestDatabases.freshSettings(engine);
        try (Database db = Database.open(settings)) {
            assertThat(Database.isCurrent(db.dataSource())).isTrue();
            db.jdbc()
                    .sql("UPDATE flyway_schema_history SET success = :no WHERE version = :v")
                    .param("no", false)
                    .param("v", String.valueOf(Database.SCHEMA_VERSION))
                    .update();
            assertThat(Database.isCurrent(db.dataSource()))
                    .as("a failed migration")
                    .isFalse();
            db.jdbc()
                    .sql("DELETE FROM flyway_schema_history WHERE version = :v")
                    .param("v", String.valueOf(Database.SCHEMA_VERSION))
                    .update();
            assertThat(Database.isCurrent(db.dataSource()))
                    .as("a pending migration")
                    .isFalse();
            // Undo the newest migration's work too, so that the database really is one migration behind.
            db.jdbc().sql("DROP TABLE peer_group_member").update();
            db.jdbc().sql("DROP TABLE peer_group_load").update();
        }
        // Opening it again leaves it to Flyway, which applies the pending migration: whole once more.
        try (Database db = Database.open(settings)) {
            assertThat(Database.isCurrent(db.dataSource())).isTrue();
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM peer_group_load")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void makesANewSqliteDatabaseAsFlywayWouldFromTheBundledTemplate() throws IOException {
        assertThat(Database.class.getClassLoader().getResource(SqliteTemplate.RESOURCE))
                .as("the build makes the template in process-classes: run ./mvnw process-classes")
                .isNotNull();
        DatabaseSettings copied = TestDatabases.freshSettings(Engine.SQLITE);
        DatabaseSettings migrated = TestDatabases.freshSettings(Engine.SQLITE);
        try (Database fromTemplate = Database.open(copied);
                Database byFlyway = Database.open(migrated, false)) {
            assertThat(describe(fromTemplate)).isEqualTo(describe(byFlyway));
            assertThat(fromTemplate
                            .jdbc()
                            .sql("PRAGMA journal_mode")
                            .query(String.class)
                            .single())
                    .isEqualTo("wal");
        }
        assertThat(Files.size(Path.of(copied.url().substring("jdbc:sqlite:".length()))))
                .as("made from the template, not an empty file migrated")
                .isEqualTo(Database.class
                        .getClassLoader()
                        .getResource(SqliteTemplate.RESOURCE)
                        .openConnection()
                        .getContentLengthLong());
    }

    @Test
    void leavesAnExistingSqliteFileAsItIs(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("scrutiny.db");
        try (Database db = Database.open(DatabaseSettings.sqlite(file.toString()))) {
            db.jdbc()
                    .sql(
                            "INSERT INTO peer_group_load (file_name, sha256, source, loaded_at, loaded_by) VALUES ('f', 's', 'x', 0, 'me')")
                    .update();
        }
        try (Database db = Database.open(DatabaseSettings.sqlite(file.toString()))) {
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM peer_group_load")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** The schema, Flyway's history but for its times, and every table's rows, as text. */
    private static String describe(Database db) {
        StringBuilder description = new StringBuilder();
        db.jdbc()
                .sql("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
                .query()
                .listOfRows()
                .forEach(row -> description.append(row).append('\n'));
        db.jdbc()
                .sql("SELECT installed_rank, version, description, type, script, checksum, success"
                        + " FROM flyway_schema_history ORDER BY installed_rank")
                .query()
                .listOfRows()
                .forEach(row -> description.append(row).append('\n'));
        for (String table : db.jdbc()
                .sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
                .query(String.class)
                .list()) {
            db.jdbc()
                    .sql("SELECT * FROM " + table + " ORDER BY 1")
                    .query()
                    .listOfRows()
                    .forEach(row -> {
                        row.remove("installed_on");
                        row.remove("execution_time");
                        description.append(table).append(' ').append(row).append('\n');
                    });
        }
        return description.toString();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void opensACurrentDatabaseWithoutMigrating(Engine engine) {
        DatabaseSettings settings = TestDatabases.freshSettings(engine);
        long applied;
        try (Database db = Database.open(settings)) {
            applied = db.jdbc()
                    .sql("SELECT COUNT(*) FROM flyway_schema_history")
                    .query(Long.class)
                    .single();
        }
        try (Database db = Database.open(settings)) {
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM flyway_schema_history")
                            .query(Long.class)
                            .single())
                    .isEqualTo(applied);
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM force")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(40);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void migratesAFreshDatabaseAndNumbersRowsItself(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThat(db.jdbc()
                            .sql("SELECT name FROM force WHERE code = 'suffolk'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Suffolk");
            long first = db.jdbc()
                    .sql("INSERT INTO data_load (kind, file_name, row_count, revisions, loaded_at, loaded_by)"
                            + " VALUES ('test', 'a.csv', 0, 0, 0, 'me') RETURNING id")
                    .query(Long.class)
                    .single();
            long second = db.jdbc()
                    .sql("INSERT INTO data_load (kind, file_name, row_count, revisions, loaded_at, loaded_by)"
                            + " VALUES ('test', 'b.csv', 0, 0, 0, 'me') RETURNING id")
                    .query(Long.class)
                    .single();
            assertThat(second).isEqualTo(first + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void enforcesForeignKeys(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThatThrownBy(() -> db.jdbc()
                            .sql("INSERT INTO series (measure, force_code, breakdown) VALUES ('m', 'nowhere', '')")
                            .update())
                    .isInstanceOf(DataAccessException.class);
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM series")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }
}
