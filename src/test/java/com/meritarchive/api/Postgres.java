package com.meritarchive.api;

import com.meritarchive.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fresh PostgreSQL database ({@code merit_it_<random>}, owned by {@code merit}) for service
 * processes on the cluster {@code .ci/run} starts, dropped afterwards with the connections still
 * open to it (a killed replica's): {@link TestDatabase}, with what the replica tests add, the url
 * through another port of localhost (a {@link TcpProxy}) and the service's arguments for it.
 * Fails, never skips, when PostgreSQL does not answer.
 */
final class Postgres implements AutoCloseable {

    static final String HOST = "localhost";
    static final int PORT = 5432;

    private final TestDatabase database;

    private Postgres(TestDatabase database) {
        this.database = database;
    }

    static Postgres freshDatabase() {
        return new Postgres(TestDatabase.create("merit_it", false));
    }

    String name() {
        return database.name();
    }

    /** The JDBC url of this database. */
    String url() {
        return database.url();
    }

    /** The JDBC url of this database reached through another port of localhost (a {@link TcpProxy}). */
    String url(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database.name();
    }

    /** A connection to this database as {@code merit}, for a test that looks at the tables itself. */
    Connection connection() throws SQLException {
        return database.dataSource().getConnection();
    }

    /** The arguments that start the service on this database. */
    String[] serviceArgs() {
        return database.serviceArguments();
    }

    /** The arguments that start the service on this database at {@code jdbcUrl} (through a proxy). */
    static String[] serviceArgs(String jdbcUrl) {
        return new String[] {"--merit.store=postgres", "--spring.datasource.url=" + jdbcUrl,
            "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=" + TestDatabase.PASSWORD};
    }

    /** Drops the database ({@code WITH (FORCE)}: the connections still open to it are ended first). */
    @Override
    public void close() {
        database.close();
    }
}
