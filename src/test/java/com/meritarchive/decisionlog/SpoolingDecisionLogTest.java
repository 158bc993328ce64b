package com.meritarchive.decisionlog;

import static com.meritarchive.decisionlog.DecisionLogContract.T0;
import static com.meritarchive.decisionlog.DecisionLogContract.all;
import static com.meritarchive.decisionlog.DecisionLogContract.entry;
import static com.meritarchive.decisionlog.DecisionLogContract.ids;
import static com.meritarchive.decisionlog.DecisionLogContract.subject;
import static com.meritarchive.decisionlog.DecisionLogContract.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.meritarchive.testing.TestDatabase;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A replica that loses the database keeps recording, in its spool, and forwards what it spooled when the database is back. */
class SpoolingDecisionLogTest {

    @RegisterExtension
    static final DecisionLogDatabase database = new DecisionLogDatabase();

    @TempDir
    Path spoolFolder;

    private static DataSource closedPort;

    /** Whether the primary's connections go to the database or to a port where nothing listens. */
    private volatile boolean up = true;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        closedPort = DecisionLogDatabase.closedPort();
    }

    private DataSource switchable() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(up ? database.dataSource() : closedPort, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private SpoolingDecisionLog spooling(SqliteDecisionLog spool, Duration forwardInterval) {
        return new SpoolingDecisionLog(new PostgresDecisionLog(switchable()), spool, () -> "0f51286ef650", forwardInterval);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void shouldRecordLocallyWhileTheDatabaseIsUnreachableAndForwardOnceWhenItIsBack() throws Exception {
        PostgresDecisionLog shared = new PostgresDecisionLog(database.dataSource());
        SqliteDecisionLog spool = new SqliteDecisionLog(spoolFolder);
        try (SpoolingDecisionLog log = spooling(spool, Duration.ofMillis(200))) {
            up = false;
            log.begin(entry("d1", DecisionKind.ANNUAL, null, null, T0, List.of("C001", "U01")));
            log.complete(entry("d1", DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(1), null));
            log.append(entry("d2", DecisionKind.QUARTERLY, 2017, 3, T0.plusSeconds(2), List.of("C002")));
            assertThat(log.unreachableSince()).isPresent();
            assertThat(log.unreachableReason().orElseThrow()).contains("refused");

            assertThat(text(log.find("d1", true).orElseThrow().requestBody())).isEqualTo("{\"year\":null}");
            assertThat(shared.find("d1", false)).as("not in the database yet").isEmpty();
            try (SqliteDecisionLog reopened = new SqliteDecisionLog(spoolFolder)) {
                assertThat(reopened.completeIds(10)).as("committed to the spool's file").containsExactly("d1", "d2");
            }
            assertThatThrownBy(() -> log.list(all(1, 10))).as("the list is the database's")
                    .isInstanceOf(DatabaseUnreachableException.class);

            up = true;
            await("the forwarder empties the spool", () -> spool.completeIds(10).isEmpty() && log.unreachableSince().isEmpty());
            assertThat(ids(shared.list(all(1, 10)))).containsExactly("d2", "d1");
            assertThat(ids(shared.list(subject("U01")))).as("with its subjects").containsExactly("d1");
            DecisionEntry forwarded = shared.find("d1", true).orElseThrow();
            assertThat(text(forwarded.requestBody())).isEqualTo("{\"year\":null}");
            assertThat(forwarded.year()).isEqualTo(2017);
            assertThat(log.find("d2", false)).isPresent();

            log.append(entry("d3", DecisionKind.ANNUAL, 2018, null, T0.plusSeconds(3), List.of()));
            assertThat(spool.completeIds(10)).as("the database again once it is back").isEmpty();
            log.forward();
            assertThat(ids(shared.list(all(1, 10)))).as("nothing twice").containsExactly("d3", "d2", "d1");
        }
    }

    @Test
    void shouldSpoolTheWholeDecisionWhenTheDatabaseIsLostBetweenBeginAndComplete() {
        PostgresDecisionLog shared = new PostgresDecisionLog(database.dataSource());
        SqliteDecisionLog spool = new SqliteDecisionLog(spoolFolder);
        try (SpoolingDecisionLog log = spooling(spool, Duration.ofHours(1))) {
            log.begin(entry("p", DecisionKind.ANNUAL, null, null, T0, List.of("C001")));
            up = false;
            log.complete(entry("p", DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(1), null));
            assertThat(spool.completeIds(10)).containsExactly("p");
            assertThat(text(log.find("p", true).orElseThrow().requestBody())).as("the request given at begin")
                    .isEqualTo("{\"year\":null}");

            up = true;
            log.forward();
            assertThat(log.unreachableSince()).isEmpty();
            assertThat(spool.completeIds(10)).isEmpty();
            assertThat(ids(shared.list(subject("C001")))).as("the row only begun replaced").containsExactly("p");
            assertThat(shared.find("p", false).orElseThrow().year()).isEqualTo(2017);
        }
    }

    @Test
    void shouldFailAFaultInsteadOfSpoolingIt() {
        try (SpoolingDecisionLog log = spooling(new SqliteDecisionLog(spoolFolder), Duration.ofHours(1))) {
            assertThatThrownBy(() -> log.complete(entry("never", DecisionKind.ANNUAL, 2017, null, T0, null)))
                    .hasMessageContaining("not begun");
            assertThat(log.unreachableSince()).isEmpty();
        }
    }

    @Test
    void shouldWarnOnceWhenTheDatabaseIsLostAndSayWhenItIsBack() {
        Logger logger = (Logger) LoggerFactory.getLogger(SpoolingDecisionLog.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try (SpoolingDecisionLog log = spooling(new SqliteDecisionLog(spoolFolder), Duration.ofHours(1))) {
            up = false;
            for (int i = 0; i < 3; i++) {
                log.append(entry("d" + i, DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(i), List.of()));
                log.forward();
            }
            up = true;
            log.forward();
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                warning -> assertThat(warning).startsWith("Database unreachable: Connection to localhost:")
                        .endsWith("; deciding with rule set 0f51286ef650, recording decisions locally until it is back"),
                back -> assertThat(back).startsWith("Database reachable again (unreachable since ")
                        .endsWith("): 3 decision(s) recorded locally forwarded to it"));
        assertThat(lines.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(lines.list.get(1).getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void shouldDeleteASpooledDecisionInTheSpoolAndForwardOnlyTheDeletion() {
        PostgresDecisionLog shared = new PostgresDecisionLog(database.dataSource());
        try (SpoolingDecisionLog log = spooling(new SqliteDecisionLog(spoolFolder), Duration.ofHours(1))) {
            up = false;
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            DecisionEntry deletion = new DecisionEntry("del", DecisionKind.DELETION, null, null, T0.plusSeconds(5), "admin",
                    null, null, null, null, Compression.compress("{}".getBytes()), List.of(), "a");
            assertThat(log.delete("a", deletion)).isTrue();
            assertThatThrownBy(() -> log.delete("a", deletion)).as("not in the spool: the database's to say")
                    .isInstanceOf(DatabaseUnreachableException.class);
            up = true;
            log.forward();
            assertThat(log.find("a", false)).isEmpty();
            assertThat(ids(shared.list(all(1, 10)))).containsExactly("del");
            assertThat(log.deletionOf("a").orElseThrow().decidedBy()).isEqualTo("admin");
        }
    }

    @Test
    void shouldForwardTheOthersWhenTheDatabaseRefusesOneAndKeepThatOneInTheSpool() {
        PostgresDecisionLog shared = new PostgresDecisionLog(database.dataSource());
        SqliteDecisionLog spool = new SqliteDecisionLog(spoolFolder);
        try (SpoolingDecisionLog log = spooling(spool, Duration.ofHours(1))) {
            up = false;
            log.append(entry("refused", DecisionKind.ANNUAL, 2017, null, T0, List.of("C\u0000NUL"))); // text cannot hold NUL
            log.append(entry("fine", DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(1), List.of("C001")));
            up = true;
            log.forward();
            log.forward();
            assertThat(log.unreachableSince()).as("the database answered").isEmpty();
            assertThat(ids(shared.list(all(1, 10)))).containsExactly("fine");
            assertThat(spool.completeIds(10)).containsExactly("refused");
            assertThat(log.find("refused", false)).as("still readable").isPresent();
        }
    }

    @Test
    void shouldLoseNothingWhenTheServerDropsTheConnectionsInUse() throws Exception {
        PostgresDecisionLog shared = new PostgresDecisionLog(database.dataSource());
        try (SpoolingDecisionLog log = spooling(new SqliteDecisionLog(spoolFolder), Duration.ofHours(1))) {
            for (int i = 0; i < 5; i++) {
                log.begin(entry("d" + i, DecisionKind.ANNUAL, null, null, T0.plusSeconds(i), List.of("C001")));
                try (Connection admin = DriverManager.getConnection(TestDatabase.HOST_URL + "postgres", TestDatabase.USER,
                        TestDatabase.PASSWORD); Statement statement = admin.createStatement()) {
                    statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                            + database.name() + "'"); // what a restart of the server does to the pool's connections
                }
                log.complete(entry("d" + i, DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(i), null));
            }
            await("forwarding past the pool's dropped connections, one failure each", () -> {
                log.forward();
                return log.unreachableSince().isEmpty();
            });
            assertThat(ids(shared.list(subject("C001")))).containsExactly("d4", "d3", "d2", "d1", "d0");
        }
    }
}
