package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.http.HttpStatus;

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

    @Test
    void shouldAnswer503NamingWhatCannotBeDoneWhenTheDatabaseDoesNotAnswer() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://localhost:1/merit"); // nothing listens there
        nowhere.setConnectTimeout(2);
        RuleSetStore store = new PostgresRuleSetStore(nowhere, Duration.ZERO);
        RuleSetVersion version = new RuleSetVersion("aaaaaaaaaaaa", "a".repeat(64), Instant.now(), "author", false, List.of());

        assertThatThrownBy(() -> store.store(files("x"), "author", Map.of())).isInstanceOfSatisfying(
                StoreUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.operation()).isEqualTo("write");
                    assertThat(e.toProblem().getDetail()).contains("Decisions with the active rule set go on");
                });
        assertThatThrownBy(() -> store.markActive(version, 3, "admin")).isInstanceOfSatisfying(
                StoreUnavailableException.class, e -> assertThat(e.operation()).isEqualTo("publish"));
        assertThatThrownBy(store::list).isInstanceOfSatisfying(
                StoreUnavailableException.class, e -> assertThat(e.operation()).isEqualTo("list"));
    }
}
