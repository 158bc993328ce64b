package com.meritarchive.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at start until the database answers, saying so at each attempt: a replica started before
 * its database (a whole cluster restarting, a database being failed over) starts when it is back
 * rather than crashing in a restart loop. The waits grow from 1 to 10 s.
 */
final class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final Duration LONGEST = Duration.ofSeconds(10);

    private DatabaseWait() {
    }

    static void until(DataSource dataSource, String url) {
        Duration wait = Duration.ofSeconds(1);
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                if (attempt > 1) {
                    log.info("The database at {} answers (after {} attempts)", url, attempt);
                }
                return;
            } catch (SQLException e) {
                log.warn("Waiting for the database at {}: {} (attempt {}, next in {} s)", url, reason(e), attempt,
                        wait.toSeconds());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the database at " + url, e);
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : wait.multipliedBy(2);
        }
    }

    /** The innermost message: Hikari wraps the driver's "Connection refused". */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
