package com.meritarchive.decisionlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * What a decision endpoint calls to record its decision: {@link #begin} once the body is read and
 * checked (on another thread, while the rules decide, the request is hashed, compressed and stored,
 * synced, with the decision's subjects and rule set), then {@link PendingDecision#record} with the
 * answer's bytes before they are sent (or {@link PendingDecision#abandon} when deciding failed):
 * only the answer's compression and its commit remain on the request's path.
 */
@Component
public class DecisionRecorder {

    private final DecisionLog log;
    private final boolean enabled;
    private final ExecutorService compressors = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "decision-record");
        thread.setDaemon(true);
        return thread;
    });

    DecisionRecorder(DecisionLog log, DecisionLogProperties properties) {
        this.log = log;
        this.enabled = properties.record();
    }

    /**
     * Starts recording a decision of {@code kind} asked by {@code caller} (the authenticated user
     * name) with this request body and rule set ({@code ruleSetId}, {@code ruleSetSha256}), concerning
     * these cadres and units (the list's {@code subjectId} filter finds it by them). The rule set is
     * stored with the request, so that a decision whose answer a crash lost can be decided again.
     */
    public PendingDecision begin(DecisionKind kind, String caller, String ruleSetId, String ruleSetSha256, byte[] request,
            Collection<String> subjectIds) {
        if (!enabled) {
            return PendingDecision.NOT_RECORDED;
        }
        String id = newId();
        Instant begunAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CompletableFuture<Void> begun = CompletableFuture.runAsync(() -> log.begin(new DecisionEntry(id, kind, null, null,
                begunAt, caller, ruleSetId, ruleSetSha256, sha256(request), Compression.compress(request), null,
                List.copyOf(new LinkedHashSet<>(subjectIds)), null)), compressors);
        return new PendingDecision(log, id, kind, caller, begun);
    }

    /**
     * Decisions begun before {@code begunBefore} whose answer is not in the record and can be decided
     * again from it (at start: what a crash lost, see {@link DecisionLog#unfinished}), oldest first.
     */
    public List<UnfinishedDecision> unfinished(Instant begunBefore) {
        return log.unfinished(begunBefore).stream()
                .filter(begun -> begun.kind().recomputable() && begun.ruleSetId() != null && begun.requestZstd() != null)
                .map(begun -> new UnfinishedDecision(log, begun)).toList();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
