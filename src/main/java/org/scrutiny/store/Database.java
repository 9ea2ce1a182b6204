package org.scrutiny.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An open, migrated Scrutiny database on either engine, with the JDBC client and transactions that
 * the storage code of every feature uses. The server and the command line open it the same way.
 */
public final class Database implements AutoCloseable {
    /** The version of the newest migration in {@code db/migration}; {@code DatabaseTest} checks it is. */
    static final int SCHEMA_VERSION = 43;

    private final Engine engine;
    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    private Database(Engine engine, HikariDataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Opens the database, creating an SQLite file and its folder if need be, and applies pending migrations. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /**
     * As {@link #open(DatabaseSettings)}; {@code fromTemplate} says whether a new SQLite file starts as a copy of
     * {@link SqliteTemplate}, or is migrated by Flyway from nothing (which is how the template is made).
     */
    static Database open(DatabaseSettings settings, boolean fromTemplate) {
        Engine engine = settings.engine();
        HikariConfig config = new HikariConfig();
        config.setPoolName("scrutiny");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        if (engine == Engine.SQLITE) {
            String file = settings.url().substring("jdbc:sqlite:".length());
            if (isPlainFile(file)) {
                Path path = Path.of(file);
                createFolderOf(path);
                if (fromTemplate) {
                    SqliteTemplate.createIfAbsent(path);
                }
            }
            // WAL lets readers work while a load writes; a killed process leaves each transaction whole or absent.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.setMaximumPoolSize(4);
        } else {
            config.setMaximumPoolSize(10);
        }
        config.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(engine, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(engine, dataSource);
    }

    /**
     * Brings the schema up to this version of Scrutiny. A database already there is recognised by one query of
     * Flyway's history table, without loading Flyway: Flyway and the libraries it brings are a second or more of
     * every command's start-up. Anything else — a new database, a pending or failed migration, a schema newer
     * than this version — is left to Flyway.
     */
    private static void migrate(Engine engine, DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("identity", engine.identityColumn()))
                .load()
                .migrate();
    }

    /** Whether every migration in Flyway's history succeeded and the newest is {@link #SCHEMA_VERSION}. */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "select version, success from flyway_schema_history where version is not null")) {
            int newest = 0;
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return false;
                }
                newest = Math.max(newest, Integer.parseInt(history.getString(1)));
            }
            return newest == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            // No history table yet (a new database), or versions this check does not read: Flyway decides.
            return false;
        }
    }

    /** Whether an SQLite URL names a file by its path, not memory or a {@code file:} URI. */
    private static boolean isPlainFile(String file) {
        return !file.isBlank() && !file.startsWith(":memory:") && !file.startsWith("file:");
    }

    private static void createFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + parent + " for the database", e);
        }
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
