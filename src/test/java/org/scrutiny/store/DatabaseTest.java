package org.scrutiny.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;

class DatabaseTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void migratesAFreshDatabaseAndNumbersRowsItself(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
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
