package org.scrutiny.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Engine engine = settings.engine();
        HikariConfig config = new HikariConfig();
        config.setPoolName("scrutiny");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        if (engine == Engine.SQLITE) {
            createFolderOf(settings.url().substring("jdbc:sqlite:".length()));
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

    private static void migrate(Engine engine, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("identity", engine.identityColumn()))
                .load()
                .migrate();
    }

    private static void createFolderOf(String file) {
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
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
