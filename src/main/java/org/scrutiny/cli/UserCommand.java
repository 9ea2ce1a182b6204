package org.scrutiny.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutiny.security.Accounts;
import org.scrutiny.security.Passwords;
import org.scrutiny.security.Role;
import org.scrutiny.security.User;
import org.scrutiny.security.Users;
import org.scrutiny.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scrutiny user}: adds and lists the people who can sign in. A password is never an argument,
 * where it would stay in the shell's history and the process list: it comes from a file, from
 * {@code SCRUTINY_PASSWORD}, or is typed without echo.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Adds and lists the people who can sign in.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Adds a user. The password (at least 12 characters) is read from --password-file, else from"
                        + " SCRUTINY_PASSWORD, else typed at the console without echo."
            })
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "the username to sign in with")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, analyst, contributor or viewer")
        String role;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "the name shown on pages")
        String displayName;

        @Option(names = "--password-file", paramLabel = "FILE", description = "a file whose first line is the password")
        Path passwordFile;

        @Mixin
        DatabaseOption database;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role chosen = Role.parse(role);
            char[] password = password();
            try (Database db = database.open()) {
                User user = new Accounts(Users.on(db), Passwords.encoder())
                        .create(username, displayName, chosen, java.nio.CharBuffer.wrap(password));
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Added %s as %s.%n",
                                user.username(), user.role().label().toLowerCase(java.util.Locale.ROOT));
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] password() throws IOException {
            if (passwordFile != null) {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException("the password file " + passwordFile + " is empty");
                }
                return lines.getFirst().toCharArray();
            }
            String fromEnvironment = System.getenv("SCRUTINY_PASSWORD");
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException(
                        "no password: give --password-file FILE or set SCRUTINY_PASSWORD when there is no console");
            }
            char[] first = console.readPassword(
                    "Password for %s (at least %d characters): ", username, Passwords.MINIMUM_LENGTH);
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords are not the same; nothing was stored");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                for (User user : Users.on(db).all()) {
                    out.printf(
                            "%-24s %-12s %s%s%n",
                            user.username(),
                            user.role().label().toLowerCase(java.util.Locale.ROOT),
                            user.displayName(),
                            user.enabled() ? "" : " (disabled)");
                }
            }
            out.flush();
            return 0;
        }
    }
}
