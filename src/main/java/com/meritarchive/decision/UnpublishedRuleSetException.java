package com.meritarchive.decision;

import com.meritarchive.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * {@code ?ruleSet=} naming a version that was never published, from a caller who may not author
 * (403): the HR system decides only with rules an admin has published at some time, never with an
 * upload that nobody reviewed.
 */
class UnpublishedRuleSetException extends ProblemException {

    UnpublishedRuleSetException(String id) {
        super(HttpStatus.FORBIDDEN, "Forbidden", "只有发布过的规则版本才能为人事系统作出决定；版本 " + id
                + " 从未发布 (only versions that have been published can decide for the HR system)");
    }
}
