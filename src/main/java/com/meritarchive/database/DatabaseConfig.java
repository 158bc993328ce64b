package com.meritarchive.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database of {@code merit.store=postgres}, from {@code spring.datasource.*}. The service makes
 * it itself instead of Boot (whose DataSource and Flyway configurations are off): the bean is ready
 * only once the database answers and its schema is migrated, so that every store built on it starts
 * on a database that is there; a replica started while the database is down waits
 * ({@link DatabaseWait}) instead of failing its start.
 */
@Configuration
@ConditionalOnProperty(name = "merit.store", havingValue = "postgres")
@EnableConfigurationProperties(DataSourceProperties.class)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DataSourceProperties properties, Environment environment) {
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        // bound before the pool starts (it is sealed then), not after the bean is made as @ConfigurationProperties would
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        dataSource.setPoolName("merit-store");
        dataSource.setInitializationFailTimeout(-1); // the pool starts without a database; DatabaseWait waits for one
        DatabaseWait.until(dataSource, properties.determineUrl());
        SchemaMigration.migrate(dataSource);
        return dataSource;
    }
}
