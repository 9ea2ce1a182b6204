package org.scrutiny.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the server starts on a database that has none, from
 * {@code SCRUTINY_ADMIN_USER} and {@code SCRUTINY_ADMIN_PASSWORD}: a container can then be deployed
 * without running {@code user add} by hand. Once an administrator exists the variables are ignored.
 */
@Component
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final Accounts accounts;
    private final Environment environment;

    FirstAdministrator(Users users, Accounts accounts, Environment environment) {
        this.users = users;
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = environment.getProperty("SCRUTINY_ADMIN_USER", "");
        String password = environment.getProperty("SCRUTINY_ADMIN_PASSWORD", "");
        if (users.hasAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isEmpty()) {
            log.warn("No administrator yet: create one with 'scrutiny user add NAME --role admin',"
                    + " or set SCRUTINY_ADMIN_USER and SCRUTINY_ADMIN_PASSWORD before 'serve'");
            return;
        }
        // A refused password stops the start: a server nobody can administer is not what was asked for.
        accounts.create(username.strip(), null, Role.ADMIN, password);
        log.info("Created the first administrator, '{}', from SCRUTINY_ADMIN_USER", username.strip());
    }
}
