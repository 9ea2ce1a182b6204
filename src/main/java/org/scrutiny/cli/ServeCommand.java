package org.scrutiny.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scrutiny.ScrutinyApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scrutiny serve}: starts the web application and leaves it running. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web application.",
            "Settings come from application.properties, the environment (SCRUTINY_DB_URL with the postgres profile,"
                    + " SCRUTINY_ADMIN_USER and SCRUTINY_ADMIN_PASSWORD for the first administrator) and --name=value"
                    + " arguments after the options."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080)")
    Integer port;

    @Option(
            names = "--database",
            paramLabel = "URL",
            description = "JDBC URL of the database (default: scrutiny.db.url, jdbc:sqlite:./data/scrutiny.db)")
    String database;

    @picocli.CommandLine.Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        SpringApplication application = new SpringApplication(ScrutinyApplication.class);
        Map<String, Object> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("server.port", port);
        }
        if (database != null) {
            overrides.put("scrutiny.db.url", database);
        }
        // Default properties sit below the properties files, so options go in as arguments, which sit above them.
        String[] arguments = overrides.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        String[] all = new String[arguments.length + springArguments.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(springArguments, 0, all, arguments.length, springArguments.length);
        application.run(all);
        return ScrutinyCommand.KEEP_RUNNING;
    }
}
