package com.meritarchive.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts this machine's PostgreSQL 15 cluster and creates the tests' role, as {@code .ci/run}
 * does, for a test command run without it. Needs the Debian cluster tools and root (the CI machines);
 * elsewhere it does nothing and the test's own error says what to start.
 */
final class LocalCluster {

    private static boolean tried;

    private LocalCluster() {
    }

    static synchronized void start() {
        if (tried) {
            return;
        }
        tried = true;
        run(List.of("pg_ctlcluster", "15", "main", "start"));
        String role = "DO \\$\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + TestDatabase.USER
                + "') THEN CREATE ROLE " + TestDatabase.USER + " LOGIN CREATEDB PASSWORD '" + TestDatabase.PASSWORD
                + "'; END IF; END\\$\\$;";
        run(List.of("su", "postgres", "-c", "psql -v ON_ERROR_STOP=1 -qc \"" + role + "\""));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no cluster tools here: the caller reports what to start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
