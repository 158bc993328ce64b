package com.meritarchive.ruleset;

import com.meritarchive.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the machine's PostgreSQL 15, one fresh database per test. */
class PostgresRuleSetStoreTest extends RuleSetStoreContract {

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create("merit_store", true);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Override
    RuleSetStore open() {
        return new PostgresRuleSetStore(database.dataSource(), Duration.ZERO);
    }
}
