package com.meritarchive.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule-set store of several replicas, in PostgreSQL (schema: {@code db/migration/V1__rule_sets.sql}).
 * An upload is one transaction (the version's row and its files, or nothing); a publication is one
 * transaction that moves the single pointer row only if its generation is still the one the
 * publisher read (two publishers at once: the second's update waits for the first's commit, then
 * matches no row, and is refused), records the publication and notifies every replica
 * ({@code NOTIFY merit_active}); an upload notifies {@code merit_uploaded}, so that replicas compile
 * the version before anyone publishes it. Notifications are sent at commit, never for work rolled back.
 */
public final class PostgresRuleSetStore implements RuleSetStore {

    /** Channel of publications; the payload is the published sha256. */
    static final String ACTIVE_CHANNEL = "merit_active";
    /** Channel of uploads; the payload is the new version's sha256. */
    static final String UPLOADED_CHANNEL = "merit_uploaded";

    private static final Logger log = LoggerFactory.getLogger(PostgresRuleSetStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String VERSION_COLUMNS = "r.id, r.sha256, r.created_at, r.created_by, "
            + "(SELECT array_agg(f.name ORDER BY f.name COLLATE \"C\") FROM rule_set_file f WHERE f.sha256 = r.sha256)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CrashTestPause crashTestPause;

    /** The pointer as stored: which version is active, after how many publications, since when. */
    public record Pointer(String sha256, long generation, Instant changedAt) {
    }

    public PostgresRuleSetStore(DataSource dataSource, Duration crashTestDelay) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.crashTestPause = new CrashTestPause(crashTestDelay);
    }

    @Override
    public Saved store(RuleSetFiles files, String createdBy, Map<String, ?> annotations) {
        String sha256 = files.sha256();
        return call("write", "store rule set " + CompiledRuleSet.idOf(sha256), () -> transactions.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            RuleSetVersion version = new RuleSetVersion(CompiledRuleSet.idOf(sha256), sha256, now, createdBy, false,
                    List.copyOf(files.files().keySet()));
            int inserted = jdbc.update("INSERT INTO rule_set (sha256, id, created_at, created_by, annotations) "
                    + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (sha256) DO NOTHING", sha256, version.id(),
                    now.atOffset(ZoneOffset.UTC), createdBy, json(annotations));
            if (inserted == 0) { // stored before, or by another replica's upload that committed first
                return new Saved(find(sha256).orElseThrow(), false);
            }
            jdbc.batchUpdate("INSERT INTO rule_set_file (sha256, name, content) VALUES (?, ?, ?)",
                    files.files().entrySet().stream().map(file -> new Object[] {sha256, file.getKey(), file.getValue()}).toList());
            jdbc.queryForList("SELECT pg_notify(?, ?)", UPLOADED_CHANNEL, sha256);
            crashTestPause.before("version " + version.id());
            log.info("Stored rule set version {} by {}: {}", version.id(), createdBy, version.files());
            return new Saved(version, true);
        }));
    }

    @Override
    public void markActive(RuleSetVersion version, long generation, String publishedBy) {
        boolean moved = call("publish", "publish rule set " + version.id(), () -> transactions.execute(status -> {
            OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            int changed = generation == 0
                    ? jdbc.update("INSERT INTO active_pointer (sha256, generation, changed_at) VALUES (?, 1, ?) "
                            + "ON CONFLICT (only_row) DO NOTHING", version.sha256(), now)
                    : jdbc.update("UPDATE active_pointer SET sha256 = ?, generation = generation + 1, changed_at = ? "
                            + "WHERE generation = ?", version.sha256(), now, generation);
            if (changed == 0) {
                return false;
            }
            jdbc.update("INSERT INTO publication (sha256, published_at, published_by) VALUES (?, ?, ?)", version.sha256(),
                    now, publishedBy);
            jdbc.queryForList("SELECT pg_notify(?, ?)", ACTIVE_CHANNEL, version.sha256());
            crashTestPause.before("activation of " + version.id());
            return true;
        }));
        if (!moved) {
            throw new ConcurrentPublicationException(version.id(), active().map(RuleSetVersion::id).orElse(null));
        }
    }

    @Override
    public long generation() {
        return pointer().map(Pointer::generation).orElse(0L);
    }

    /** The pointer; empty before the first publication. */
    public Optional<Pointer> pointer() {
        return call("read", "read the active pointer", () -> jdbc.query("SELECT sha256, generation, changed_at FROM active_pointer",
                (row, n) -> new Pointer(row.getString(1), row.getLong(2), instant(row, 3))).stream().findFirst());
    }

    @Override
    public List<Publication> publications() {
        return call("list", "list publications", () -> jdbc.query("SELECT r.id, p.sha256, p.published_at, p.published_by "
                + "FROM publication p JOIN rule_set r ON r.sha256 = p.sha256 ORDER BY p.seq",
                (row, n) -> new Publication(row.getString(1), row.getString(2), instant(row, 3), row.getString(4))));
    }

    @Override
    public boolean wasPublished(String sha256) {
        return call("read", "read publications", () -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM publication WHERE sha256 = ?)", Boolean.class, sha256)));
    }

    @Override
    public Optional<String> activeSha256() {
        return pointer().map(Pointer::sha256);
    }

    @Override
    public Optional<RuleSetVersion> active() {
        return activeSha256().map(sha256 -> find(sha256).orElseThrow(() -> new CorruptStoreException(
                "active_pointer", "names version " + CompiledRuleSet.idOf(sha256) + ", which rule_set does not hold")));
    }

    @Override
    public void verify() {
        active();
    }

    @Override
    public List<RuleSetVersion> list() {
        return call("list", "list rule sets", () -> jdbc.query("SELECT " + VERSION_COLUMNS
                + " FROM rule_set r ORDER BY r.created_at DESC, r.sha256 DESC", PostgresRuleSetStore::version));
    }

    @Override
    public Optional<RuleSetVersion> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{12}|[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String column = id.length() == 64 ? "sha256" : "id";
        return call("read", "read rule set " + id, () -> jdbc.query("SELECT " + VERSION_COLUMNS + " FROM rule_set r WHERE r."
                + column + " = ?", PostgresRuleSetStore::version, id).stream().findFirst());
    }

    @Override
    public RuleSetFiles files(RuleSetVersion version) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        call("read", "read the files of rule set " + version.id(), () -> {
            jdbc.query("SELECT name, content FROM rule_set_file WHERE sha256 = ?",
                    row -> {
                        files.put(row.getString(1), row.getBytes(2));
                    }, version.sha256());
            return null;
        });
        RuleSetFiles result = new RuleSetFiles(files);
        if (!result.sha256().equals(version.sha256())) {
            throw new CorruptStoreException("rule_set_file " + version.sha256(),
                    "holds files that no longer hash to the sha256 of rule set " + version.id());
        }
        return result;
    }

    @Override
    public <T> Optional<T> annotation(RuleSetVersion version, String name, Class<T> type) {
        String value = call("read", "read rule set " + version.id(), () -> jdbc.query("SELECT annotations ->> ? FROM rule_set WHERE sha256 = ?",
                (row, n) -> row.getString(1), name, version.sha256()).stream().filter(Objects::nonNull).findFirst().orElse(null));
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(value, type));
        } catch (JsonProcessingException e) {
            throw new CorruptStoreException("rule_set " + version.sha256(), "has an annotation " + name + " that cannot be read: "
                    + e.getOriginalMessage());
        }
    }

    private static RuleSetVersion version(ResultSet row, int n) throws SQLException {
        Array names = row.getArray(5);
        List<String> files = names == null ? List.of() : List.of((String[]) names.getArray());
        return new RuleSetVersion(row.getString(1), row.getString(2), instant(row, 3), row.getString(4), false, files);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String json(Map<String, ?> annotations) {
        try {
            return JSON.writeValueAsString(annotations);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Annotations cannot be written as JSON", e);
        }
    }

    /**
     * Runs a database call; a database that does not answer is a {@link StoreUnavailableException}
     * (503, counted as {@code merit.store.errors{store="rulesets",operation}}).
     */
    private static <T> T call(String operation, String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessResourceFailureException | TransientDataAccessException | CannotCreateTransactionException e) {
            throw new StoreUnavailableException(operation, what, e); // the last: no connection to begin a transaction on
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) { // connection exception class
                throw new StoreUnavailableException(operation, what, e);
            }
            throw e;
        }
    }
}
