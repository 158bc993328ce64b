package com.meritarchive.decisionlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL both stores share, since their tables are the same: writing a decision's row, reading it
 * back, and the list's filters and paging. What differs is how a time is kept ({@link Times}) and how
 * the {@code subjectId} filter reads the subject arrays (the store's join).
 */
final class DecisionRows {

    static final String INSERT = "INSERT INTO decision (id, kind, year, quarter, decided_at, decided_by, "
            + "rule_set_id, rule_set_sha256, request_sha256, answer_zstd, refers_to, complete) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String COMPLETE = "UPDATE decision SET year = ?, quarter = ?, decided_at = ?, rule_set_id = ?, "
            + "rule_set_sha256 = ?, answer_zstd = ?, complete = TRUE WHERE id = ? AND complete = FALSE";
    private static final String SUMMARY_COLUMNS = "d.id, d.kind, d.year, d.quarter, d.decided_at, d.decided_by, "
            + "d.rule_set_id, d.rule_set_sha256, d.request_sha256, d.refers_to";

    /** How a store keeps a time: SQLite as epoch milliseconds, PostgreSQL as {@code timestamptz}. */
    interface Times {
        Object column(Instant instant);

        Instant read(ResultSet row, int column) throws SQLException;
    }

    private final Times times;

    DecisionRows(Times times) {
        this.times = times;
    }

    /** Binds {@link #INSERT}'s parameters. */
    void bindInsert(PreparedStatement insert, DecisionEntry entry, boolean complete) throws SQLException {
        insert.setString(1, entry.id());
        insert.setString(2, entry.kind().name());
        setInteger(insert, 3, entry.year());
        setInteger(insert, 4, entry.quarter());
        insert.setObject(5, times.column(entry.decidedAt()));
        insert.setString(6, entry.decidedBy());
        insert.setString(7, entry.ruleSetId());
        insert.setString(8, entry.ruleSetSha256());
        insert.setString(9, entry.requestSha256());
        insert.setBytes(10, entry.answerBody());
        insert.setString(11, entry.refersTo());
        insert.setBoolean(12, complete);
    }

    /** Runs {@link #COMPLETE} for {@code done}; returns the rows updated (1, or 0 when it was not begun). */
    int complete(Connection connection, DecisionEntry done) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(COMPLETE)) {
            setInteger(update, 1, done.year());
            setInteger(update, 2, done.quarter());
            update.setObject(3, times.column(done.decidedAt()));
            update.setString(4, done.ruleSetId());
            update.setString(5, done.ruleSetSha256());
            update.setBytes(6, done.answerBody());
            update.setString(7, done.id());
            return update.executeUpdate();
        }
    }

    Optional<DecisionEntry> find(Connection connection, String id, boolean withRequest) throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + ", d.answer_zstd" + (withRequest ? ", r.request_zstd" : "")
                + " FROM decision d" + (withRequest ? " LEFT JOIN decision_request r ON r.seq = d.seq" : "")
                + " WHERE d.id = ? AND d.complete = TRUE";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DecisionEntry(row.getString(1), DecisionKind.valueOf(row.getString(2)),
                        integer(row, 3), integer(row, 4), times.read(row, 5), row.getString(6), row.getString(7),
                        row.getString(8), row.getString(9), withRequest ? row.getBytes(12) : null, row.getBytes(11),
                        List.of(), row.getString(10)));
            }
        }
    }

    /**
     * The list's page and the next page's first entry, newest first.
     *
     * @param subjectJoin the store's join of {@code decision_subjects s} to {@code d} that keeps the
     *     decisions concerning the query's subject, with {@code subjectParameters}; used only when the
     *     query names a subject
     */
    List<DecisionSummary> list(Connection connection, DecisionQuery query, String subjectJoin,
            List<Object> subjectParameters) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM decision d");
        List<Object> parameters = new ArrayList<>();
        if (query.subjectId() != null) {
            sql.append(subjectJoin);
            parameters.addAll(subjectParameters);
        }
        sql.append(" WHERE d.complete = TRUE");
        if (query.kind() != null) {
            sql.append(" AND d.kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.year() != null) {
            sql.append(" AND d.year = ?");
            parameters.add(query.year());
        }
        if (query.quarter() != null) {
            sql.append(" AND d.quarter = ?");
            parameters.add(query.quarter());
        }
        sql.append(" ORDER BY d.decided_at DESC, d.seq DESC LIMIT ? OFFSET ?");
        parameters.add(query.pageSize() + 1);
        parameters.add((long) (query.page() - 1) * query.pageSize());
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<DecisionSummary> page = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(summary(rows));
                }
            }
            return page;
        }
    }

    Optional<DecisionSummary> deletionOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM decision d WHERE d.refers_to = ? AND d.kind = 'DELETION'")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(summary(row)) : Optional.empty();
            }
        }
    }

    private DecisionSummary summary(ResultSet row) throws SQLException {
        String ruleSetId = row.getString(7);
        return new DecisionSummary(row.getString(1), DecisionKind.valueOf(row.getString(2)), integer(row, 3),
                integer(row, 4), times.read(row, 5), row.getString(6),
                ruleSetId == null ? null : new DecisionSummary.RuleSet(ruleSetId, row.getString(8)), row.getString(9),
                row.getString(10));
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
