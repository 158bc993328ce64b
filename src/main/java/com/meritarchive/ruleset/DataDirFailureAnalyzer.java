package com.meritarchive.ruleset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a damaged data dir at start into Spring Boot's "APPLICATION FAILED TO START" report:
 * which file, what is wrong with it, and what the operator can do, instead of a stack trace.
 */
class DataDirFailureAnalyzer extends AbstractFailureAnalyzer<CorruptStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CorruptStoreException cause) {
        if (cause.file() == null) {
            return new FailureAnalysis(cause.getMessage(), "Restore the database (spring.datasource.url) from a backup.", cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Restore " + cause.file().toAbsolutePath() + " from a backup of the data dir (merit.data-dir). A damaged "
                        + "version folder under rulesets/ may also be moved out of the data dir if it is not the active "
                        + "version; an active.json that names a missing version must be restored or deleted (deleting it "
                        + "imports the rule folders again as a new active version).", cause);
    }
}
