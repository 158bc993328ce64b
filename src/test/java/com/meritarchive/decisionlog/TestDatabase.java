package com.meritarchive.decisionlog;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the PostgreSQL of this machine ({@code merit}/{@code merit} on localhost:5432, as
 * {@code .ci/run} sets it up) for a test class ({@code @RegisterExtension static}): created and migrated
 * by Flyway before its tests, emptied before each, dropped after them. Not reachable: the test fails
 * and says how to start it, it is not skipped.
 */
final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String SERVER = "jdbc:postgresql://localhost:5432/";
    static final String USER = "merit";
    static final String PASSWORD = "merit";

    private final String name = "merit_log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private HikariDataSource dataSource;

    @Override
    public void beforeAll(ExtensionContext context) {
        administer("CREATE DATABASE " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + name);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private static void administer(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("These tests need PostgreSQL 15 on localhost:5432 with role merit "
                    + "(password merit, CREATEDB): start it with `pg_ctlcluster 15 main start` (.ci/run does, and "
                    + "creates the role). " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A DataSource on a port where nothing listens. */
    static PGSimpleDataSource closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl(SERVER.replace("5432", String.valueOf(port)) + "merit?connectTimeout=2");
        unreachable.setUser(USER);
        unreachable.setPassword(PASSWORD);
        return unreachable;
    }

    /** Empties the decision record between tests. */
    @Override
    public void beforeEach(ExtensionContext context) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE decision, decision_request, decision_subjects");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dataSource.close();
        administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
