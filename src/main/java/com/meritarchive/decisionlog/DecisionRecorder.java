package com.meritarchive.decisionlog;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What a decision endpoint calls to record its decision: {@link #begin} once the body is read and
 * checked (on another thread, while the rules decide, the request is stored, synced, with the
 * decision's subjects and rule set), then {@link PendingDecision#record} with the answer's bytes
 * before they are sent (or {@link PendingDecision#abandon} when deciding failed): only the answer's
 * commit remains on the request's path. A request up to {@code merit.decisions.seal-after-answer-up-to}
 * (a county's) is stored as received, and its answer too, and the store seals the entry (sha256, zstd:
 * 0.7 ms of CPU for a county) once the answer has left ({@link DecisionEntry#sealed}): measured on two
 * cores, recording then cost a county decision 0.65-1.09 ms, against 1.30 ms when the request was
 * hashed and compressed while the rules decided. A larger one (a province's) is still hashed and
 * compressed while the rules decide: stored as received first, it would write ten times its
 * compressed size to disk, and its decision takes a second anyway. A request up to
 * {@code merit.decisions.record-at-once-up-to} (a single cadre's) is stored only with its answer, in
 * one synced commit ({@link PendingDecision#atOnce}): its rules take less time than the sync that
 * storing it first would overlap.
 */
@Component
public class DecisionRecorder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DecisionLog log;
    private final boolean enabled;
    private final long sealAfterAnswerUpTo;
    private final long recordAtOnceUpTo;
    private final ExecutorService compressors = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "decision-record");
        thread.setDaemon(true);
        return thread;
    });

    DecisionRecorder(DecisionLog log, DecisionLogProperties properties) {
        this.log = log;
        this.enabled = properties.record();
        this.sealAfterAnswerUpTo = properties.sealAfterAnswerUpTo().toBytes();
        this.recordAtOnceUpTo = properties.recordAtOnceUpTo().toBytes();
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
        // the subjects without repeats (a cadre and a unit may share an id) are made where the entry is
        // stored: off the request's path for a province, whose 204,000 ids took it about 20 ms
        Supplier<DecisionEntry> unsealed = () -> new DecisionEntry(id, kind, null, null, begunAt, caller, ruleSetId,
                ruleSetSha256, null, request, null, List.copyOf(new LinkedHashSet<>(subjectIds)), null);
        if (request.length <= recordAtOnceUpTo) {
            return PendingDecision.atOnce(log, unsealed.get());
        }
        boolean sealLater = request.length <= sealAfterAnswerUpTo;
        CompletableFuture<Void> begun = CompletableFuture.runAsync(
                () -> log.begin(sealLater ? unsealed.get() : unsealed.get().sealed()), compressors);
        return new PendingDecision(log, id, kind, caller, begun, sealLater);
    }

    /**
     * Decisions begun before {@code begunBefore} whose answer is not in the record and can be decided
     * again from it (at start: what a crash lost, see {@link DecisionLog#unfinished}), oldest first.
     */
    public List<UnfinishedDecision> unfinished(Instant begunBefore) {
        return log.unfinished(begunBefore).stream()
                .filter(begun -> begun.kind().recomputable() && begun.ruleSetId() != null && begun.requestBody() != null)
                .map(begun -> new UnfinishedDecision(log, begun)).toList();
    }

    /**
     * A new decision id: a UUID of version 7 (RFC 9562), its first 48 bits the time in milliseconds
     * and 74 random bits (from {@link SecureRandom}) after them, so that ids made one after another
     * are near each other in the store's index on {@code id}: a commit of ten decisions then writes one
     * page of that index instead of ten scattered ones (a random UUID's), which was a third of the
     * pages a small decision's commit wrote.
     */
    static String newId() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextLong() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
