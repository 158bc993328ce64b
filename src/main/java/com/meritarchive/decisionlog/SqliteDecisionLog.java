package com.meritarchive.decisionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store: one SQLite file ({@code decisions.sqlite} in its folder) in WAL mode with
 * {@code synchronous=FULL}, so a commit is on disk when {@link #append} returns and a crash
 * leaves the last committed state. Plain SQL a shared database understands too. When a decision
 * begins, its row ({@code complete = 0}: invisible until the answer is stored), its compressed
 * request ({@code decision_request}, a table of its own so that completing the row does not copy
 * it) and its subjects ({@code decision_subjects}: one JSON array per decision) are appended.
 * The subjects are not one row per subject in an index keyed by subject: a county's 1,560
 * subjects would then touch 1,560 scattered index pages per decision (measured: 11-50 ms and
 * megabytes of log per county decision); as one array they are one sequential write, and the
 * {@code subjectId} filter scans the arrays of the decisions it reads, newest first ({@code instr}
 * finds candidates at memory speed, {@code json_each} confirms an exact match). One connection
 * writes, one reads (WAL lets reads run beside a write), one copies the log into the database
 * ({@link WalCheckpoints}). An entry begun unsealed (a county's: request and answer as received and
 * sent, see {@link DecisionRecorder}) is sealed once complete ({@link DeferredSealing}), in a commit
 * without a sync: should a crash lose that commit, the bodies as received are still there, and the
 * next start seals them again.
 */
public final class SqliteDecisionLog implements DecisionLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DecisionRows ROWS = new DecisionRows(new DecisionRows.Times() {
        @Override
        public Object column(Instant instant) {
            return instant.toEpochMilli();
        }

        @Override
        public Instant read(ResultSet row, int column) throws SQLException {
            return Instant.ofEpochMilli(row.getLong(column));
        }
    });

    private final Connection writer; // guarded by this
    private final Connection reader; // guarded by itself: reads do not wait for a province's write
    private final WalCheckpoints checkpoints;
    private final GroupCommit commits;
    private final DeferredSealing sealing;
    private final Map<String, PreparedStatement> inserts = new HashMap<>(); // the writer's, guarded by this

    /** The store in {@code folder}, sealing entries as soon as they are complete (tests). */
    public SqliteDecisionLog(Path folder) {
        this(folder, Duration.ZERO);
    }

    /** @param sealDelay how long after its commit a complete entry is sealed ({@link DeferredSealing}) */
    public SqliteDecisionLog(Path folder, Duration sealDelay) {
        sealing = new DeferredSealing(new DeferredSealing.Store() {
            @Override
            public Optional<DecisionEntry> stored(String id) {
                return storedBodies(id);
            }

            @Override
            public void replace(DecisionEntry sealed) {
                replaceBodies(sealed);
            }
        }, sealDelay);
        try {
            Files.createDirectories(folder);
            String url = "jdbc:sqlite:" + folder.resolve("decisions.sqlite").toAbsolutePath();
            writer = DriverManager.getConnection(url);
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("PRAGMA busy_timeout=10000");
                statement.execute("PRAGMA wal_autocheckpoint=0"); // checkpoints run on their own thread, see below
                statement.execute("CREATE TABLE IF NOT EXISTS decision (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, year INTEGER, quarter INTEGER, "
                        + "decided_at INTEGER NOT NULL, decided_by TEXT NOT NULL, rule_set_id TEXT, rule_set_sha256 TEXT, "
                        + "request_sha256 TEXT, answer_zstd BLOB, refers_to TEXT, complete INTEGER NOT NULL DEFAULT 1)");
                // the request apart: completing a decision rewrites its row, which must not copy megabytes
                statement.execute("CREATE TABLE IF NOT EXISTS decision_request (seq INTEGER PRIMARY KEY, "
                        + "request_zstd BLOB NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS decision_refers_to ON decision (refers_to)");
                statement.execute("CREATE INDEX IF NOT EXISTS decision_decided_at ON decision (decided_at)");
                // the few entries not sealed yet (and deletions), so that finding them at start reads no other row
                statement.execute("CREATE INDEX IF NOT EXISTS decision_unsealed ON decision (seq) WHERE request_sha256 IS NULL");
                statement.execute("CREATE TABLE IF NOT EXISTS decision_subjects (seq INTEGER PRIMARY KEY, "
                        + "subject_ids TEXT NOT NULL)");
            }
            checkpoints = new WalCheckpoints(url);
            commits = new GroupCommit(this, writer);
            reader = DriverManager.getConnection(url);
            try (Statement statement = reader.createStatement()) {
                statement.execute("PRAGMA busy_timeout=10000");
            }
            findUnsealed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new DecisionLogException("open", "Cannot open the decision record in " + folder, e);
        }
    }

    @Override
    public void append(DecisionEntry entry) {
        DecisionEntry sealed = entry.sealed();
        commits.write("Cannot record decision " + entry.id(), () -> insertSubjects(insert(sealed, true), sealed.subjectIds()),
                true);
    }

    /**
     * Committed and synced on the recorder's own thread while the rules decide, so that the sync of
     * {@link #complete}, on the request's path, covers only the answer's pages (measured on a county
     * decision: 0.2 against 0.65 ms when this commit was left for it to sync).
     */
    @Override
    public void begin(DecisionEntry begun) {
        commits.write("Cannot record decision " + begun.id(), () -> insertSubjects(insert(begun, false), begun.subjectIds()),
                true);
        if (!begun.isSealed()) {
            sealing.begun(begun.id());
        }
    }

    /**
     * Committed with whatever other decisions are completing now ({@link GroupCommit}), without a sync
     * when the answer is {@link DecisionKind#recomputable recomputable}: the request and rule set were
     * synced by {@link #begin}, and {@link #unfinished} lists what a crash left begun. On the request's
     * path that leaves the hand-over and a commit into the log (a county decision: 0.5 ms with a sync).
     */
    @Override
    public void complete(DecisionEntry entry) {
        commits.write("Cannot record decision " + entry.id(), () -> {
            if (ROWS.complete(writer, entry) != 1) {
                throw new SQLException("decision " + entry.id() + " was not begun, or is already complete");
            }
        }, !entry.kind().recomputable());
        sealing.completed(entry.id());
    }

    /** Not synced: a crash that loses it leaves the decision begun, and it fails again when decided again. */
    @Override
    public void abandon(String id) {
        sealing.forget(id);
        commits.write("Cannot forget decision " + id, () -> removeRows(id, " AND complete = 0"), false);
    }

    @Override
    public List<DecisionEntry> unfinished(Instant begunBefore) {
        synchronized (reader) {
            try (PreparedStatement select = reader.prepareStatement("SELECT d.id, d.kind, d.decided_at, d.decided_by, "
                    + "d.rule_set_id, d.rule_set_sha256, d.request_sha256, r.request_zstd FROM decision d "
                    + "LEFT JOIN decision_request r ON r.seq = d.seq WHERE d.complete = 0 AND d.decided_at < ? ORDER BY d.seq")) {
                select.setLong(1, begunBefore.toEpochMilli());
                List<DecisionEntry> entries = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(new DecisionEntry(row.getString(1), DecisionKind.valueOf(row.getString(2)), null, null,
                                Instant.ofEpochMilli(row.getLong(3)), row.getString(4), row.getString(5), row.getString(6),
                                row.getString(7), row.getBytes(8), null, null, null));
                    }
                }
                return entries;
            } catch (SQLException e) {
                throw new DecisionLogException("read", "Cannot list unfinished decisions", e);
            }
        }
    }

    /** Entries stored unsealed by an earlier run: those complete are sealed now, those begun once complete. */
    private void findUnsealed() throws SQLException {
        try (Statement select = reader.createStatement(); ResultSet rows = select.executeQuery("SELECT d.id, d.complete "
                + "FROM decision d JOIN decision_request r ON r.seq = d.seq WHERE d.request_sha256 IS NULL")) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    sealing.seal(rows.getString(1));
                } else {
                    sealing.begun(rows.getString(1));
                }
            }
        }
    }

    /** The complete entry's bodies and request sha256 as stored (sealed or not). */
    private Optional<DecisionEntry> storedBodies(String id) {
        synchronized (reader) {
            try (PreparedStatement select = reader.prepareStatement("SELECT d.request_sha256, r.request_zstd, d.answer_zstd "
                    + "FROM decision d LEFT JOIN decision_request r ON r.seq = d.seq WHERE d.id = ? AND d.complete = 1")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new DecisionEntry(id, null, null, null, null, null, null, null,
                            row.getString(1), row.getBytes(2), row.getBytes(3), null, null)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new DecisionLogException("read", "Cannot read decision " + id, e);
            }
        }
    }

    /** Stores {@code sealed}'s bodies and request sha256 in place of those as received, without a sync. */
    private void replaceBodies(DecisionEntry sealed) {
        commits.write("Cannot seal decision " + sealed.id(), () -> {
            try (PreparedStatement decision = writer.prepareStatement(
                    "UPDATE decision SET request_sha256 = ?, answer_zstd = ? WHERE id = ?");
                    PreparedStatement request = writer.prepareStatement("UPDATE decision_request SET request_zstd = ? "
                            + "WHERE seq = (SELECT seq FROM decision WHERE id = ?)")) {
                decision.setString(1, sealed.requestSha256());
                decision.setBytes(2, sealed.answerBody());
                decision.setString(3, sealed.id());
                decision.executeUpdate();
                if (sealed.requestBody() != null) {
                    request.setBytes(1, sealed.requestBody());
                    request.setString(2, sealed.id());
                    request.executeUpdate();
                }
            }
        }, false);
    }

    /** A unit of work in one transaction. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String failure, Work<T> work) {
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run();
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DecisionLogException("write", failure, e);
        }
    }

    /** Inserts the decision's row; returns its sequence number. */
    private long insert(DecisionEntry entry, boolean complete) throws SQLException {
        PreparedStatement insert = prepared(DecisionRows.INSERT, Statement.RETURN_GENERATED_KEYS);
        ROWS.bindInsert(insert, entry, complete);
        insert.executeUpdate();
        long seq;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            seq = keys.getLong(1);
        }
        if (entry.requestBody() != null) {
            PreparedStatement request = prepared("INSERT INTO decision_request (seq, request_zstd) VALUES (?, ?)", Statement.NO_GENERATED_KEYS);
            request.setLong(1, seq);
            request.setBytes(2, entry.requestBody());
            request.executeUpdate();
        }
        return seq;
    }

    /**
     * The writer's statement for {@code sql}, prepared once: preparing the three inserts again for
     * every decision cost a single cadre's recording about a tenth of its CPU.
     */
    private PreparedStatement prepared(String sql, int generatedKeys) throws SQLException {
        PreparedStatement statement = inserts.get(sql);
        if (statement == null) {
            statement = writer.prepareStatement(sql, generatedKeys);
            inserts.put(sql, statement);
        }
        return statement;
    }

    /** The decision's subjects as one JSON array of strings. */
    private void insertSubjects(long seq, Collection<String> subjectIds) throws SQLException {
        if (!subjectIds.isEmpty()) {
            try {
                PreparedStatement subjects = prepared("INSERT INTO decision_subjects (seq, subject_ids) VALUES (?, ?)",
                        Statement.NO_GENERATED_KEYS);
                subjects.setLong(1, seq);
                subjects.setString(2, JSON.writeValueAsString(subjectIds));
                subjects.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** {@code id} as it appears in the JSON array, quotes included. */
    private static String jsonString(String id) {
        try {
            return JSON.writeValueAsString(id);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Optional<DecisionEntry> find(String id, boolean withRequest) {
        Optional<DecisionEntry> found = read(id, withRequest);
        if (found.isPresent() && isUnsealed(found.get().kind(), found.get().requestSha256())) {
            sealing.sealNow(id);
            found = read(id, withRequest);
        }
        return found;
    }

    private Optional<DecisionEntry> read(String id, boolean withRequest) {
        synchronized (reader) {
            try {
                return ROWS.find(reader, id, withRequest);
            } catch (SQLException e) {
                throw new DecisionLogException("read", "Cannot read decision " + id, e);
            }
        }
    }

    /** Only a deletion has no request, so no request sha256; any other entry without one is not sealed yet. */
    private static boolean isUnsealed(DecisionKind kind, String requestSha256) {
        return requestSha256 == null && kind != DecisionKind.DELETION;
    }

    @Override
    public List<DecisionSummary> list(DecisionQuery query) {
        List<DecisionSummary> page = readList(query);
        List<String> unsealed = page.stream().filter(entry -> isUnsealed(entry.kind(), entry.requestSha256()))
                .map(DecisionSummary::decisionId).toList();
        if (unsealed.isEmpty()) {
            return page;
        }
        unsealed.forEach(sealing::sealNow);
        return readList(query);
    }

    private List<DecisionSummary> readList(DecisionQuery query) {
        synchronized (reader) {
            try {
                return ROWS.list(reader, query, " JOIN decision_subjects s ON s.seq = d.seq AND instr(s.subject_ids, ?) > 0"
                        + " AND EXISTS (SELECT 1 FROM json_each(s.subject_ids) WHERE value = ?)",
                        query.subjectId() == null ? List.of() : List.of(jsonString(query.subjectId()), query.subjectId()));
            } catch (SQLException e) {
                throw new DecisionLogException("list", "Cannot list decisions", e);
            }
        }
    }

    @Override
    public Optional<DecisionSummary> deletionOf(String id) {
        synchronized (reader) {
            try {
                return ROWS.deletionOf(reader, id);
            } catch (SQLException e) {
                throw new DecisionLogException("read", "Cannot read decision " + id, e);
            }
        }
    }

    @Override
    public synchronized boolean delete(String id, DecisionEntry deletion) {
        return inTransaction("Cannot delete decision " + id, () -> {
            if (removeRows(id, " AND complete = 1") == 0) {
                return false;
            }
            insert(deletion, true);
            return true;
        });
    }

    /** Deletes old decisions, then (in {@link #compact}) their requests and subjects. */
    @Override
    public synchronized int deleteDecidedBefore(Instant cutoff) {
        try (PreparedStatement delete = writer.prepareStatement(
                "DELETE FROM decision WHERE decided_at < ? AND complete = 1")) {
            delete.setLong(1, cutoff.toEpochMilli());
            int deleted = delete.executeUpdate();
            compact();
            return deleted;
        } catch (SQLException e) {
            throw new DecisionLogException("delete", "Cannot delete old decisions", e);
        }
    }

    /**
     * Removes decisions begun more than an hour ago and never completed (the decision failed, or the
     * service stopped meanwhile), then requests and subjects whose decision is gone.
     */
    @Override
    public synchronized void compact() {
        try (Statement purge = writer.createStatement()) {
            purge.executeUpdate("DELETE FROM decision WHERE complete = 0 AND decided_at < "
                    + Instant.now().minusSeconds(3600).toEpochMilli());
            purge.executeUpdate("DELETE FROM decision_request WHERE seq NOT IN (SELECT seq FROM decision)");
            purge.executeUpdate("DELETE FROM decision_subjects WHERE seq NOT IN (SELECT seq FROM decision)");
        } catch (SQLException e) {
            throw new DecisionLogException("delete", "Cannot purge requests and subjects of deleted decisions", e);
        }
    }

    /** Ids of complete decisions, oldest first (what {@link SpoolingDecisionLog} forwards, in order). */
    List<String> completeIds(int limit) {
        synchronized (reader) {
            try (PreparedStatement select = reader.prepareStatement(
                    "SELECT id FROM decision WHERE complete = 1 ORDER BY seq LIMIT ?")) {
                select.setInt(1, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new DecisionLogException("Cannot list decisions", e);
            }
        }
    }

    /** The complete entry as it was appended: request and subjects included (to forward it elsewhere). */
    Optional<DecisionEntry> whole(String id) {
        Optional<DecisionEntry> found = find(id, true);
        if (found.isEmpty()) {
            return found;
        }
        synchronized (reader) {
            try (PreparedStatement select = reader.prepareStatement("SELECT s.subject_ids FROM decision_subjects s "
                    + "JOIN decision d ON d.seq = s.seq WHERE d.id = ?")) {
                select.setString(1, id);
                List<String> subjects = List.of();
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        subjects = List.of(JSON.readValue(row.getString(1), String[].class));
                    }
                }
                DecisionEntry e = found.get();
                return Optional.of(new DecisionEntry(e.id(), e.kind(), e.year(), e.quarter(), e.decidedAt(),
                        e.decidedBy(), e.ruleSetId(), e.ruleSetSha256(), e.requestSha256(), e.requestBody(),
                        e.answerBody(), subjects, e.refersTo()));
            } catch (SQLException | JsonProcessingException e) {
                throw new DecisionLogException("Cannot read the subjects of decision " + id, e);
            }
        }
    }

    /** Removes {@code id} with its request and subjects, recording nothing (it has been forwarded). */
    synchronized void remove(String id) {
        inTransaction("Cannot remove decision " + id, () -> removeRows(id, ""));
    }

    /** Deletes {@code id}'s request, subjects and row when the row matches {@code condition}; the rows deleted. */
    private int removeRows(String id, String condition) throws SQLException {
        for (String table : List.of("decision_request", "decision_subjects")) {
            try (PreparedStatement part = writer.prepareStatement(
                    "DELETE FROM " + table + " WHERE seq = (SELECT seq FROM decision WHERE id = ?" + condition + ")")) {
                part.setString(1, id);
                part.executeUpdate();
            }
        }
        try (PreparedStatement delete = writer.prepareStatement("DELETE FROM decision WHERE id = ?" + condition)) {
            delete.setString(1, id);
            return delete.executeUpdate();
        }
    }

    /** How many transactions the committer made with a sync ({@code synced}) or without (for tests). */
    long committed(boolean synced) {
        return commits.committed(synced);
    }

    /** A setting of the writing connection, as SQLite reports it (for the test that durability is on). */
    synchronized String writerSetting(String pragma) {
        try (Statement statement = writer.createStatement(); ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new DecisionLogException("read", "Cannot read PRAGMA " + pragma, e);
        }
    }

    @Override
    public void close() {
        sealing.close();
        commits.close(); // what waits is committed first; outside the lock the committer takes
        closeConnections();
    }

    private synchronized void closeConnections() {
        try {
            reader.close();
            for (PreparedStatement statement : inserts.values()) {
                statement.close();
            }
            writer.close();
            checkpoints.close();
        } catch (SQLException e) {
            throw new DecisionLogException("close", "Cannot close the decision record", e);
        }
    }
}
