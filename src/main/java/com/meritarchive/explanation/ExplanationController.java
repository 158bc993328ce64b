package com.meritarchive.explanation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/decisions/{id}/subjects/{subjectId}[?subjectType=CADRE|UNIT]}: why a cadre or a
 * unit got what it got in a recorded decision, and why not the rest. Readable as the decision is
 * (the caller who made it, AUTHOR, ADMIN).
 */
@RestController
class ExplanationController {

    private static final String SUBJECT_TYPE = "subjectType";

    private final Explainer explainer;

    ExplanationController(Explainer explainer) {
        this.explainer = explainer;
    }

    @GetMapping(path = "/api/v1/decisions/{id}/subjects/{subjectId}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Explanation> explain(@PathVariable String id, @PathVariable String subjectId,
            @RequestParam(name = SUBJECT_TYPE, required = false) String subjectType, HttpServletRequest request,
            Authentication caller) {
        checkQuery(subjectType, request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(explainer.explain(id, subjectId, subjectType, caller));
    }

    /** The one query parameter there is, checked: any other, or another value (given twice: "CADRE,UNIT"), is 422. */
    static void checkQuery(String subjectType, HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!SUBJECT_TYPE.equals(name)) {
                throw new InvalidExplanationRequestException(name, "unknown query parameter; the only one is subjectType");
            }
        }
        if (subjectType != null && !List.of(Explainer.CADRE, Explainer.UNIT).contains(subjectType)) {
            throw new InvalidExplanationRequestException(SUBJECT_TYPE, "must be CADRE or UNIT, once");
        }
    }
}
