package com.meritarchive.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test on the cluster {@code .ci/run} starts (PostgreSQL 15 on
 * localhost:5432, role {@code merit} with password {@code merit} and CREATEDB), dropped afterwards,
 * so that replica tests share nothing with each other or with the {@code merit} database.
 */
final class Postgres implements AutoCloseable {

    static final String HOST = "localhost";
    static final int PORT = 5432;
    static final String USER = "merit";
    static final String PASSWORD = "merit";

    private final String database;

    private Postgres(String database) {
        this.database = database;
    }

    /**
     * Creates {@code merit_it_<random>} owned by {@code merit}. Fails, not skips, when PostgreSQL
     * cannot be reached: these tests are part of the build.
     */
    static Postgres freshDatabase() {
        String name = "merit_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a database on PostgreSQL at " + HOST + ":" + PORT + " as " + USER
                    + "/" + PASSWORD + " (" + e.getMessage() + "). The replica tests need PostgreSQL 15 running with a role "
                    + "merit (LOGIN CREATEDB, password merit): .ci/run starts the cluster and creates the role", e);
        }
        return new Postgres(name);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(PORT, database), USER, PASSWORD);
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    String name() {
        return database;
    }

    /** The JDBC url of this database. */
    String url() {
        return url(PORT);
    }

    /** The JDBC url of this database reached through another port of localhost (a {@link TcpProxy}). */
    String url(int port) {
        return url(port, database);
    }

    /** A connection to this database as {@code merit}, for a test that looks at the tables itself. */
    Connection connection() throws SQLException {
        return connect(database);
    }

    /** The arguments that start the service on this database. */
    String[] serviceArgs() {
        return serviceArgs(url());
    }

    /** The arguments that start the service on this database at {@code jdbcUrl} (through a proxy). */
    static String[] serviceArgs(String jdbcUrl) {
        return new String[] {"--merit.store=postgres", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD};
    }

    /** Drops the database, ending the connections still open to it (a killed replica's, a proxy's). */
    @Override
    public void close() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                    + "' AND pid <> pg_backend_pid()");
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
