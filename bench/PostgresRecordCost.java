/*
 * What the PostgreSQL decision record (decisionlog.PostgresDecisionLog) costs, in-process: begin()
 * (the request, compressed, and the subject ids) and complete() (the answer) for a county (1,560
 * subject ids, 25 KB request and 10 KB answer as zstd stores them) and a province (204,000 ids,
 * 4.0 MB and 0.87 MB), into a fresh database on the PostgreSQL of this machine; then the same with a
 * GIN index on the subject arrays, and the list's subjectId filter over what was stored.
 *
 * Usage, after `mvn -B package -DskipTests`:
 *   mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) bench/PostgresRecordCost.java
 */
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionQuery;
import com.meritarchive.decisionlog.PostgresDecisionLog;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

public class PostgresRecordCost {

    static final String SERVER = "jdbc:postgresql://localhost:5432/";

    public static void main(String[] args) throws Exception {
        for (boolean gin : new boolean[] {false, true}) {
            String name = "merit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            admin("CREATE DATABASE " + name);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(SERVER + name);
            config.setUsername("merit");
            config.setPassword("merit");
            try (HikariDataSource dataSource = new HikariDataSource(config)) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                if (gin) {
                    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                        s.execute("CREATE INDEX decision_subjects_gin ON decision_subjects USING gin (subject_ids)");
                    }
                }
                PostgresDecisionLog log = new PostgresDecisionLog(dataSource);
                System.out.println(gin ? "with a GIN index on subject_ids:" : "without an index on subject_ids (as shipped):");
                measure(log, "county", 1_560, 25_000, 10_000, 5, 40);
                measure(log, "province", 204_000, 4_000_000, 870_000, 2, 8);
                long t = System.nanoTime();
                int found = log.list(new DecisionQuery(null, null, null, "C000777", 1, 50)).size();
                System.out.printf("  list subjectId=C000777 (first page of 50): %d found in %.1f ms%n", found, (System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                found = log.list(new DecisionQuery(null, null, null, "C999999", 1, 50)).size();
                System.out.printf("  list subjectId=C999999 (none, every array read): %d found in %.1f ms%n", found, (System.nanoTime() - t) / 1e6);
            } finally {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    static void measure(PostgresDecisionLog log, String dataset, int subjectCount, int requestBytes, int answerBytes,
            int warmups, int runs) {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < subjectCount - subjectCount / 20; i++) subjects.add(String.format("C%06d", i));
        for (int i = 0; i < subjectCount / 20; i++) subjects.add(String.format("U%04d", i));
        Random random = new Random(1);
        byte[] request = new byte[requestBytes]; // zstd output: as good as random to PostgreSQL
        byte[] answer = new byte[answerBytes];
        double[] begin = new double[runs], complete = new double[runs];
        for (int i = -warmups; i < runs; i++) {
            random.nextBytes(request);
            random.nextBytes(answer);
            String id = UUID.randomUUID().toString();
            long t0 = System.nanoTime();
            log.begin(new DecisionEntry(id, DecisionKind.ANNUAL, null, null, Instant.now(), "hr", null, null, "sha",
                    request, null, subjects, null));
            long t1 = System.nanoTime();
            log.complete(new DecisionEntry(id, DecisionKind.ANNUAL, 2017, null, Instant.now(), "hr", "0f51286ef650",
                    "0f51286ef650ff", null, null, answer, null, null));
            long t2 = System.nanoTime();
            if (i >= 0) {
                begin[i] = (t1 - t0) / 1e6;
                complete[i] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf("  %s (%,d subject ids): begin median %.1f ms (min %.1f, max %.1f), complete median %.1f ms (%d runs)%n",
                dataset, subjectCount, median(begin), Arrays.stream(begin).min().orElse(0), Arrays.stream(begin).max().orElse(0),
                median(complete), runs);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "merit", "merit"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
