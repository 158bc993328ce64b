package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store against the real server of this machine, in a database of its own. */
class PostgresDecisionLogTest extends DecisionLogContract {

    @RegisterExtension
    static final DecisionLogDatabase database = new DecisionLogDatabase();

    @Override
    DecisionLog open() {
        return new PostgresDecisionLog(database.dataSource());
    }

    @Test
    void shouldCommitDurably() {
        assertThat(new PostgresDecisionLog(database.dataSource()).synchronousCommit())
                .as("a commit is on disk when it returns").isEqualTo("on");
    }

    /** Its completes are synced, so a decision begun and not complete was never answered: nothing to decide again. */
    @Test
    void shouldListNothingToDecideAgain() {
        try (DecisionLog log = open()) {
            log.begin(entry("begun", DecisionKind.ANNUAL, null, null, T0, List.of()));
            assertThat(log.unfinished(T0.plusSeconds(60))).isEmpty();
        }
    }

    @Test
    void shouldAppendOnceWhateverTheRetries() {
        try (DecisionLog log = open()) {
            DecisionEntry a = entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001"));
            log.append(a);
            log.append(a);
            log.append(entry("a", DecisionKind.QUARTERLY, 2018, 1, T0.plusSeconds(9), List.of("C002")));
            assertThat(ids(log.list(all(1, 10)))).containsExactly("a");
            assertThat(log.find("a", false).orElseThrow().kind()).as("the first one stays").isEqualTo(DecisionKind.ANNUAL);
            assertThat(ids(log.list(subject("C002")))).isEmpty();
        }
    }

    @Test
    void shouldReplaceADecisionOnlyBegunByTheWholeEntryAppended() {
        try (DecisionLog log = open()) {
            log.begin(entry("p", DecisionKind.ANNUAL, null, null, T0, List.of("C001")));
            log.append(entry("p", DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(1), List.of("C001", "C002")));
            DecisionEntry found = log.find("p", true).orElseThrow();
            assertThat(found.year()).isEqualTo(2017);
            assertThat(text(found.requestBody())).isEqualTo("{\"year\":2017}");
            assertThat(ids(log.list(subject("C002")))).containsExactly("p");
            assertThatThrownBy(() -> log.complete(entry("p", DecisionKind.ANNUAL, 2017, null, T0, null)))
                    .as("already complete").isInstanceOf(DecisionLogException.class)
                    .isNotInstanceOf(DatabaseUnreachableException.class);
        }
    }

    @Test
    void shouldRemoveADecisionBegunAnHourAgoAndNeverCompleted() {
        try (DecisionLog log = open()) {
            log.begin(entry("stale", DecisionKind.ANNUAL, null, null, Instant.now().minusSeconds(7200), List.of("C1")));
            log.begin(entry("fresh", DecisionKind.ANNUAL, null, null, Instant.now(), List.of("C1")));
            log.compact();
            assertThatThrownBy(() -> log.complete(entry("stale", DecisionKind.ANNUAL, 2017, null, T0, null)))
                    .hasMessageContaining("not begun");
            log.complete(entry("fresh", DecisionKind.ANNUAL, 2017, null, T0, null));
            assertThat(ids(log.list(subject("C1")))).containsExactly("fresh");
        }
    }

    @Test
    void shouldTellAnUnreachableDatabaseFromAFault() throws IOException {
        DecisionLog unreachable = new PostgresDecisionLog(DecisionLogDatabase.closedPort());
        assertThatThrownBy(() -> unreachable.begin(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of())))
                .isInstanceOf(DatabaseUnreachableException.class);
        assertThatThrownBy(() -> unreachable.find("a", false)).isInstanceOf(DatabaseUnreachableException.class);
        try (DecisionLog log = open()) {
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of()));
            assertThatThrownBy(() -> log.begin(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of())))
                    .as("a duplicate id is a fault").isInstanceOf(DecisionLogException.class)
                    .isNotInstanceOf(DatabaseUnreachableException.class);
        }
    }

    @Test
    void shouldCountABrokenConnectionAsUnreachableAndNothingElse() {
        for (String state : List.of("08001", "08006", "08003", "57P01", "57P03")) {
            assertThat(PostgresDecisionLog.isConnectionFailure(new SQLException("lost", state))).as(state).isTrue();
        }
        for (String state : List.of("23505", "42P01", "40001", "57014", "53100")) {
            assertThat(PostgresDecisionLog.isConnectionFailure(new SQLException("fault", state))).as(state).isFalse();
        }
        assertThat(PostgresDecisionLog.isConnectionFailure(new SQLException("fault"))).isFalse();
        assertThat(PostgresDecisionLog.isConnectionFailure(new SQLTransientConnectionException("pool timed out")))
                .as("the pool's timeout, without a state").isTrue();
        assertThat(PostgresDecisionLog.isConnectionFailure(
                new SQLException("wrapped", "XX000", new SQLException("lost", "08006")))).as("anywhere in the chain").isTrue();
    }
}
