package org.scrutiny.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

class FirstAdministratorTest {

    private static void start(Database db, MockEnvironment environment) {
        Users users = Users.on(db);
        new FirstAdministrator(users, new Accounts(users, Passwords.encoder()), environment)
                .run(new DefaultApplicationArguments());
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            start(
                    db,
                    new MockEnvironment()
                            .withProperty("SCRUTINY_ADMIN_USER", "root")
                            .withProperty("SCRUTINY_ADMIN_PASSWORD", "a good long password"));

            assertThat(Users.on(db).find("root")).hasValueSatisfying(user -> {
                assertThat(user.role()).isEqualTo(Role.ADMIN);
                assertThat(user.passwordHash()).startsWith("{argon2}");
            });
        }
    }

    @Test
    void ignoresTheEnvironmentOnceAnAdministratorExists() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            new Accounts(Users.on(db), Passwords.encoder()).create("first", null, Role.ADMIN, "the first password");
            start(
                    db,
                    new MockEnvironment()
                            .withProperty("SCRUTINY_ADMIN_USER", "second")
                            .withProperty("SCRUTINY_ADMIN_PASSWORD", "a good long password"));

            assertThat(Users.on(db).find("second")).isEmpty();
        }
    }

    @Test
    void createsNobodyWithoutBothVariables() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            start(db, new MockEnvironment().withProperty("SCRUTINY_ADMIN_USER", "root"));

            assertThat(Users.on(db).all()).isEmpty();
        }
    }

    @Test
    void refusesToStartWithAShortAdministratorPassword() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            assertThatThrownBy(() -> start(
                            db,
                            new MockEnvironment()
                                    .withProperty("SCRUTINY_ADMIN_USER", "root")
                                    .withProperty("SCRUTINY_ADMIN_PASSWORD", "short")))
                    .hasMessageContaining("at least 12 characters");
            assertThat(Users.on(db).all()).isEmpty();
        }
    }
}
