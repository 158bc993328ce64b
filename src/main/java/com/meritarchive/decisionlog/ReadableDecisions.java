package com.meritarchive.decisionlog;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A recorded decision as features that read the record may show it: to the caller who made it,
 * AUTHOR and ADMIN, as {@code GET /api/v1/decisions/{id}} does (404 for an unknown or deleted id,
 * 403 for another caller's decision).
 */
@Component
public class ReadableDecisions {

    private static final String AUTHOR = "ROLE_AUTHOR";

    private final DecisionLog log;

    ReadableDecisions(DecisionLog log) {
        this.log = log;
    }

    /** The entry, with its request when {@code withRequest}, if {@code caller} may read it. */
    public DecisionEntry find(String id, Authentication caller, boolean withRequest) {
        DecisionEntry entry = log.find(id, withRequest).orElseThrow(() -> log.deletionOf(id)
                .map(deletion -> new UnknownDecisionException(id, deletion)).orElseGet(() -> new UnknownDecisionException(id)));
        boolean author = caller.getAuthorities().stream().anyMatch(role -> AUTHOR.equals(role.getAuthority()));
        if (!author && !entry.decidedBy().equals(caller.getName())) {
            throw new DecisionAccessDeniedException(id);
        }
        return entry;
    }
}
