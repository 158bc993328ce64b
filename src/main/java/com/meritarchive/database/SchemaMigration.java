package com.meritarchive.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of the shared store, migrated by Flyway from {@code db/migration} at start. Replicas
 * starting together are safe: Flyway holds a PostgreSQL advisory lock while it migrates.
 */
final class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        log.info("Database schema at version {} ({} migrations applied now)", result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion, result.migrationsExecuted);
    }
}
