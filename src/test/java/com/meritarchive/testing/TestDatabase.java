package com.meritarchive.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the machine's PostgreSQL 15 for one test class (role {@code merit}, password
 * {@code merit}, allowed to create databases: {@code .ci/run} starts the cluster and creates the
 * role), migrated like the service's, and dropped afterwards. A cluster that does not answer fails
 * the test with what to do: these tests are about the real database and never skip.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String HOST_URL = "jdbc:postgresql://localhost:5432/";
    public static final String USER = "merit";
    public static final String PASSWORD = "merit";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** A new empty database, migrated when {@code migrate}. */
    public static TestDatabase create(String prefix, boolean migrate) {
        TestDatabase database = new TestDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.admin("CREATE DATABASE " + database.name + " OWNER " + USER);
        if (migrate) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").load().migrate();
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String url() {
        return HOST_URL + name;
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url());
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    /** The service's arguments for this database. */
    public String[] serviceArguments() {
        return new String[] {"--merit.store=postgres", "--spring.datasource.url=" + url(),
            "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD};
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try {
            run(sql);
        } catch (SQLException first) {
            LocalCluster.start(); // not running yet (mvn -B verify without .ci/run): start it as .ci/run does
            try {
                run(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + HOST_URL + " (role " + USER + ") cannot run '" + sql + "': "
                        + e.getMessage() + ". Start it and create the role as .ci/run does (pg_ctlcluster 15 main start).", e);
            }
        }
    }

    private static void run(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(HOST_URL + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
