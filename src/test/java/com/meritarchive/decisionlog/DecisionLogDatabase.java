package com.meritarchive.decisionlog;

import com.meritarchive.testing.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A {@link TestDatabase} for a test class of the decision record ({@code @RegisterExtension static}),
 * behind a connection pool as in the service: created and migrated before its tests, its record
 * emptied before each, dropped after them.
 */
final class DecisionLogDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private TestDatabase database;
    private HikariDataSource pool;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.create("merit_log", true);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(TestDatabase.USER);
        config.setPassword(TestDatabase.PASSWORD);
        config.setMaximumPoolSize(4);
        config.setPoolName(database.name());
        pool = new HikariDataSource(config);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE decision, decision_request, decision_subjects");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        pool.close();
        database.close();
    }

    String name() {
        return database.name();
    }

    DataSource dataSource() {
        return pool;
    }

    /** A DataSource on a port where nothing listens. */
    static PGSimpleDataSource closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://localhost:" + port + "/merit?connectTimeout=2");
        unreachable.setUser(TestDatabase.USER);
        unreachable.setPassword(TestDatabase.PASSWORD);
        return unreachable;
    }
}
