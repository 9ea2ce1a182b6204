package org.scrutiny.store;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The web application's storage beans: the one {@link Database}, opened and migrated from the
 * {@code scrutiny.db.*} properties, and the DataSource, JDBC client and transaction manager on it.
 * Boot's own DataSource and Flyway set-up stand aside, so the server and the command line share one
 * way of opening the database.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Database database(
            @Value("${scrutiny.db.url:" + DatabaseSettings.DEFAULT_URL + "}") String url,
            @Value("${scrutiny.db.user:}") String user,
            @Value("${scrutiny.db.password:}") String password) {
        if (url.isBlank()) {
            throw new MissingDatabaseUrlException();
        }
        return Database.open(new DatabaseSettings(url, blankToNull(user), blankToNull(password)));
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    JdbcClient jdbcClient(Database database) {
        return database.jdbc();
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
