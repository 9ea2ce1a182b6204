package org.scrutiny.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersTest {
    private static final PasswordEncoder ENCODER = Passwords.encoder();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesAUserWithAnArgon2HashThatMatchesOnlyTheirPassword(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Users users = Users.on(db);
            new Accounts(users, ENCODER).create("alice", "Alice Analyst", Role.ANALYST, "a long enough password");

            User alice = users.find("alice").orElseThrow();
            assertThat(alice.displayName()).isEqualTo("Alice Analyst");
            assertThat(alice.role()).isEqualTo(Role.ANALYST);
            assertThat(alice.enabled()).isTrue();
            assertThat(alice.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain("a long enough password");
            assertThat(ENCODER.matches("a long enough password", alice.passwordHash()))
                    .isTrue();
            assertThat(ENCODER.matches("a long enough passwore", alice.passwordHash()))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesASecondUserWithTheSameName(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Accounts accounts = new Accounts(Users.on(db), ENCODER);
            accounts.create("bob", null, Role.VIEWER, "first password here");

            assertThatThrownBy(() -> accounts.create("bob", null, Role.ADMIN, "second password here"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already exists");
            assertThat(Users.on(db).all()).extracting(User::role).containsExactly(Role.VIEWER);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void knowsWhetherAnAdministratorExists(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Users users = Users.on(db);
            Accounts accounts = new Accounts(users, ENCODER);
            assertThat(users.hasAdministrator()).isFalse();
            accounts.create("carol", null, Role.ANALYST, "carol's password");
            assertThat(users.hasAdministrator()).isFalse();
            accounts.create("dave", null, Role.ADMIN, "dave's password!");
            assertThat(users.hasAdministrator()).isTrue();
            assertThat(users.all()).extracting(User::username).containsExactly("carol", "dave");
            assertThat(users.find("nobody")).isEmpty();
        }
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharactersWithoutRepeatingIt() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Accounts accounts = new Accounts(Users.on(db), ENCODER);
            assertThatThrownBy(() -> accounts.create("erin", null, Role.ADMIN, "eleven char"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 12 characters")
                    .hasMessageNotContaining("eleven char");
            assertThatThrownBy(() -> accounts.create("erin", null, Role.ADMIN, "            "))
                    .hasMessageContaining("required");
            assertThat(Users.on(db).find("erin")).isEmpty();
        }
    }

    @Test
    void refusesAUsernameWithSpacesOrNothingInIt() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Accounts accounts = new Accounts(Users.on(db), ENCODER);
            assertThatThrownBy(() -> accounts.create("two words", null, Role.ADMIN, "a good password"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> accounts.create("", null, Role.ADMIN, "a good password"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsRolesInAnyCase() {
        assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.parse(" Contributor ")).isEqualTo(Role.CONTRIBUTOR);
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("expected one of");
    }
}
