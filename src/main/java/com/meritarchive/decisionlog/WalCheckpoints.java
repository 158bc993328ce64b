package com.meritarchive.decisionlog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log of {@code decisions.sqlite} back into the database once a second on a
 * thread of its own. SQLite would otherwise do it inside the commit that crosses 1,000 pages (every
 * fifty or so county decisions), syncing the database file while an answer waits. A passive
 * checkpoint never blocks the writer or the readers.
 */
final class WalCheckpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WalCheckpoints.class);

    private final Connection connection;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "decision-record-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    WalCheckpoints(String url) throws SQLException {
        connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=10000");
        }
        scheduler.scheduleWithFixedDelay(() -> checkpoint("PASSIVE"), 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void checkpoint(String mode) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            log.warn("Checkpoint of the decision record failed; the next one retries", e);
        }
    }

    /** Stops the schedule and leaves the database file complete and the log empty. */
    @Override
    public void close() throws SQLException {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
        connection.close();
    }
}
