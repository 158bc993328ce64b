package com.meritarchive.decisionlog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The decision record in PostgreSQL, shared by every replica; the schema is Flyway's
 * {@code V2__decision_record.sql}, the same three tables as {@link SqliteDecisionLog}. A commit is
 * durable when it returns (the server's default {@code synchronous_commit=on}). A decision's subjects
 * are one {@code text[]} per decision without an index keyed by subject (as in the embedded store: one
 * indexed row per subject costs a county decision 1,560 scattered index insertions); the
 * {@code subjectId} filter tests {@code subject_ids @> ARRAY[?]} on the decisions it reads, newest first
 * (the operator a GIN index would serve, should one ever be wanted). {@link #begin} measured with
 * {@code bench/PostgresRecordCost.java} (PostgreSQL 15 on localhost, bodies of the benchmark's
 * compressed sizes; 2026-11-28 on this 2-core machine while other builds ran, load average 10-15,
 * medians of four runs of 40 county and 8 province decisions): 1,560 subjects 2.5-17 ms, 204,000
 * subjects 0.16-0.29 s; with a GIN index on the arrays the province's begin took 1.1-3.2 s, hence
 * none. {@link #complete} 0.7-16 ms (the commit's sync on a busy disk). The price is on the read side:
 * a {@code subjectId} query reads every array it passes (over 48 county and 10 province decisions,
 * 30-150 ms). {@link #append} is idempotent by id, so that a spooled decision can be
 * forwarded again after a failure: an entry already complete is left as it is, one only begun is
 * replaced. A failure to reach the database is a {@link DatabaseUnreachableException}.
 */
public final class PostgresDecisionLog implements DecisionLog {

    private static final DecisionRows ROWS = new DecisionRows(new DecisionRows.Times() {
        @Override
        public Object column(Instant instant) {
            return timestamp(instant);
        }

        @Override
        public Instant read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, OffsetDateTime.class).toInstant();
        }
    });

    private final DataSource dataSource;

    public PostgresDecisionLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unit of work on one connection. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnreachableException("Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    private <T> T withConnection(String failure, Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(failure, e);
        }
    }

    /** Every write commits itself, whatever the pool's auto-commit default. */
    private <T> T inTransaction(String failure, Work<T> work) {
        return withConnection(failure, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        });
    }

    /** A broken or refused connection is the database's absence; anything else is a fault of the record. */
    static DecisionLogException failure(String message, SQLException e) {
        return isConnectionFailure(e) ? new DatabaseUnreachableException(message + ": " + e.getMessage(), e)
                : new DecisionLogException(message, e);
    }

    /**
     * SQLState class 08 (connection exception), the server shutting down or starting up (57P01-57P03),
     * or the driver's connection exceptions, anywhere in the chain.
     */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void append(DecisionEntry unsealed) {
        DecisionEntry entry = unsealed.sealed();
        inTransaction("Cannot record decision " + entry.id(), connection -> {
            try (PreparedStatement begun = connection.prepareStatement(
                    "DELETE FROM decision WHERE id = ? AND complete = FALSE")) {
                begun.setString(1, entry.id());
                begun.executeUpdate();
            }
            Long seq = insert(connection, entry, true, " ON CONFLICT (id) DO NOTHING");
            if (seq != null) {
                insertSubjects(connection, seq, entry.subjectIds());
            }
            return null;
        });
    }

    @Override
    public void begin(DecisionEntry unsealed) {
        DecisionEntry begun = unsealed.sealed(); // on the recorder's thread: a shared database takes no deferred writes
        inTransaction("Cannot record decision " + begun.id(), connection -> {
            insertSubjects(connection, insert(connection, begun, false, ""), begun.subjectIds());
            return null;
        });
    }

    @Override
    public void complete(DecisionEntry unsealed) {
        DecisionEntry entry = unsealed.sealed();
        int updated = inTransaction("Cannot record decision " + entry.id(), connection -> ROWS.complete(connection, entry));
        if (updated != 1) {
            throw new DecisionLogException("Cannot record decision " + entry.id()
                    + ": it was not begun, or is already complete", null);
        }
    }

    @Override
    public void abandon(String id) {
        inTransaction("Cannot forget decision " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM decision WHERE id = ? AND complete = FALSE")) { // request and subjects cascade
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * None: {@link #complete} commits synced, so a decision still begun was never answered (or is being
     * decided now by another replica); {@link #compact} removes it after an hour.
     */
    @Override
    public List<DecisionEntry> unfinished(Instant begunBefore) {
        return List.of();
    }

    /** Inserts the decision's row and its request; returns its sequence number, null when {@code onConflict} skipped it. */
    private static Long insert(Connection connection, DecisionEntry entry, boolean complete, String onConflict)
            throws SQLException {
        Long seq = null;
        try (PreparedStatement insert = connection.prepareStatement(DecisionRows.INSERT + onConflict + " RETURNING seq")) {
            ROWS.bindInsert(insert, entry, complete);
            try (ResultSet keys = insert.executeQuery()) {
                if (keys.next()) {
                    seq = keys.getLong(1);
                }
            }
        }
        if (seq != null && entry.requestBody() != null) {
            try (PreparedStatement request = connection.prepareStatement(
                    "INSERT INTO decision_request (seq, request_zstd) VALUES (?, ?)")) {
                request.setLong(1, seq);
                request.setBytes(2, entry.requestBody());
                request.executeUpdate();
            }
        }
        return seq;
    }

    private static void insertSubjects(Connection connection, long seq, Collection<String> subjectIds)
            throws SQLException {
        if (subjectIds.isEmpty()) {
            return;
        }
        try (PreparedStatement subjects = connection.prepareStatement(
                "INSERT INTO decision_subjects (seq, subject_ids) VALUES (?, ?)")) {
            Array array = connection.createArrayOf("text", subjectIds.toArray());
            subjects.setLong(1, seq);
            subjects.setArray(2, array);
            subjects.executeUpdate();
            array.free();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Optional<DecisionEntry> find(String id, boolean withRequest) {
        return withConnection("Cannot read decision " + id, connection -> ROWS.find(connection, id, withRequest));
    }

    @Override
    public List<DecisionSummary> list(DecisionQuery query) {
        return withConnection("Cannot list decisions", connection -> ROWS.list(connection, query,
                " JOIN decision_subjects s ON s.seq = d.seq AND s.subject_ids @> ARRAY[?]::text[]",
                query.subjectId() == null ? List.of() : List.of(query.subjectId())));
    }

    @Override
    public Optional<DecisionSummary> deletionOf(String id) {
        return withConnection("Cannot read decision " + id, connection -> ROWS.deletionOf(connection, id));
    }

    /** The request and subjects go with the row ({@code ON DELETE CASCADE}). */
    @Override
    public boolean delete(String id, DecisionEntry deletion) {
        return inTransaction("Cannot delete decision " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM decision WHERE id = ? AND complete")) {
                delete.setString(1, id);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            insert(connection, deletion, true, "");
            return true;
        });
    }

    @Override
    public int deleteDecidedBefore(Instant cutoff) {
        return inTransaction("Cannot delete old decisions", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM decision WHERE decided_at < ? AND complete")) {
                delete.setObject(1, timestamp(cutoff));
                return delete.executeUpdate();
            }
        });
    }

    /** Removes decisions begun more than an hour ago and never completed (their request and subjects go with them). */
    @Override
    public void compact() {
        inTransaction("Cannot remove decisions begun and never completed", connection -> {
            try (PreparedStatement purge = connection.prepareStatement(
                    "DELETE FROM decision WHERE NOT complete AND decided_at < ?")) {
                purge.setObject(1, timestamp(Instant.now().minusSeconds(3600)));
                return purge.executeUpdate();
            }
        });
    }

    /** The server's {@code synchronous_commit} as a connection of this store sees it (for the test that durability is on). */
    String synchronousCommit() {
        return withConnection("Cannot read synchronous_commit", connection -> {
            try (PreparedStatement show = connection.prepareStatement("SHOW synchronous_commit");
                    ResultSet row = show.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }

    /** The DataSource belongs to whoever made it. */
    @Override
    public void close() {
    }
}
