package com.meritarchive.ruleset;

import com.meritarchive.system.ProblemException;
import com.meritarchive.system.StoreFailure;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;

/**
 * A file of the data dir, or a row of the database, that cannot be read or does not hold what it
 * should (a version whose files no longer hash to its sha256, an unreadable {@code active.json}).
 * At start it stops the service naming the file; later it answers 500 naming it, so that an
 * operator can restore it (counted as {@code merit.store.errors{store="rulesets",operation="read"}}).
 */
public class CorruptStoreException extends ProblemException implements StoreFailure {

    private final transient Path file;

    public CorruptStoreException(Path file, String problem, Throwable cause) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, "Data dir damaged",
                "The data dir is damaged: " + file.toAbsolutePath() + " " + problem, cause);
        this.file = file;
    }

    /** Damage in the shared database ({@code merit.store=postgres}), at {@code where} (a table and key). */
    public CorruptStoreException(String where, String problem) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, "Rule-set store damaged", "The rule-set store is damaged: " + where + " "
                + problem, null);
        this.file = null;
    }

    /** The damaged file, or null when the damage is in the database. */
    public Path file() {
        return file;
    }

    @Override
    public String store() {
        return "rulesets";
    }

    @Override
    public String operation() {
        return "read";
    }
}
