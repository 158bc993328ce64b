package com.meritarchive.decisionlog;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh database on the PostgreSQL of this machine ({@code merit}/{@code merit} on localhost:5432, as
 * {@code .ci/run} sets it up), migrated by Flyway, dropped on {@link #close}. Not reachable: the test
 * fails and says how to start it, it is not skipped.
 */
final class TestDatabase implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://localhost:5432/";
    static final String USER = "merit";
    static final String PASSWORD = "merit";

    private final String name = "merit_log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HikariDataSource dataSource;

    TestDatabase() {
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

    DataSource dataSource() {
        return dataSource;
    }

    String url() {
        return SERVER + name;
    }

    /** Empties the decision record between tests. */
    void truncate() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE decision, decision_request, decision_subjects");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
