package com.meritarchive.decisionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the record back (README "Decision record"). Security lets DECIDE read one decision, AUTHOR
 * list and read requests, PUBLISH delete; here a DECIDE-only caller is held to its own decisions.
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DecisionRecordController {

    private static final String ID = "/{id}";
    /** The decision endpoints under the same path: another method there is 405 ("use POST"), not an unknown id. */
    private static final Set<String> ENDPOINTS = Set.of("annual", "quarterly", "step-down");

    private final DecisionLog log;
    private final ReadableDecisions readable;
    private final ObjectMapper json;

    DecisionRecordController(DecisionLog log, ReadableDecisions readable, ObjectMapper json) {
        this.log = log;
        this.readable = readable;
        this.json = json;
    }

    @GetMapping(ID)
    ResponseEntity<RecordedDecision> find(@PathVariable String id, Authentication caller)
            throws HttpRequestMethodNotSupportedException {
        requireNotAnEndpoint(id, "GET");
        DecisionEntry entry = readable.find(id, caller, false);
        return json(new RecordedDecision(entry.id(), entry.kind(), entry.year(), entry.quarter(), entry.decidedAt(),
                entry.decidedBy(), entry.ruleSetId() == null ? null
                        : new DecisionSummary.RuleSet(entry.ruleSetId(), entry.ruleSetSha256()),
                entry.requestSha256(), entry.refersTo(),
                new String(Compression.decompress(entry.answerBody()), StandardCharsets.UTF_8)));
    }

    /** The request body as it was received: names and personal data, so AUTHOR and ADMIN only. */
    @GetMapping(ID + "/request")
    ResponseEntity<byte[]> request(@PathVariable String id) {
        DecisionEntry entry = entry(id, true);
        byte[] body = entry.requestBody() == null ? new byte[0] : Compression.decompress(entry.requestBody());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping
    ResponseEntity<DecisionPage> list(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        DecisionQuery query = DecisionQueries.read(parameters);
        List<DecisionSummary> found = log.list(query);
        boolean more = found.size() > query.pageSize();
        return json(new DecisionPage(query.page(), query.pageSize(), more,
                more ? found.subList(0, query.pageSize()) : found));
    }

    /** Removes the decision's request and answer; the deletion is itself a recorded decision. */
    @DeleteMapping(ID)
    ResponseEntity<byte[]> delete(@PathVariable String id, Authentication caller)
            throws JsonProcessingException, HttpRequestMethodNotSupportedException {
        requireNotAnEndpoint(id, "DELETE");
        String deletionId = DecisionRecorder.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionSummary deletion = new DecisionSummary(deletionId, DecisionKind.DELETION, null, null, now,
                caller.getName(), null, null, id);
        byte[] answer = json.writeValueAsBytes(deletion);
        boolean deleted = log.delete(id, new DecisionEntry(deletionId, DecisionKind.DELETION, null, null, now,
                caller.getName(), null, null, null, null, Compression.compress(answer), List.of(), id));
        if (!deleted) {
            throw unknown(id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    private static void requireNotAnEndpoint(String id, String method) throws HttpRequestMethodNotSupportedException {
        if (ENDPOINTS.contains(id)) {
            throw new HttpRequestMethodNotSupportedException(method, List.of("POST"));
        }
    }

    private DecisionEntry entry(String id, boolean withRequest) {
        return log.find(id, withRequest).orElseThrow(() -> unknown(id));
    }

    private UnknownDecisionException unknown(String id) {
        return log.deletionOf(id).map(deletion -> new UnknownDecisionException(id, deletion))
                .orElseGet(() -> new UnknownDecisionException(id));
    }

    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
