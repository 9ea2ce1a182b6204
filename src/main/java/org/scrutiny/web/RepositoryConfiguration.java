package org.scrutiny.web;

import org.scrutiny.actions.ActionUpdates;
import org.scrutiny.series.Observations;
import org.scrutiny.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The features' repositories that the pages read and write, each on the one database. */
@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

    @Bean
    Observations observations(Database database) {
        return Observations.on(database);
    }

    @Bean
    ActionUpdates actionUpdates(Database database) {
        return ActionUpdates.on(database);
    }
}
