package com.meritarchive.apidocs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which request each JSON operation reads. The controllers take the raw body and hand it to the
 * strict reader ({@code request.RequestReader}), so springdoc cannot see it; this table names it,
 * keyed by method and path as the document spells them.
 */
final class RequestBodies {

    /**
     * What one operation reads: the schema of its body ({@link RequestSchemas}), the endpoint whose
     * example files show it ({@link Examples}; null: none), whether those examples' answers are its
     * answers, and the error statuses its body adds to those {@link ErrorResponses} derives.
     */
    record Body(String schema, String examples, boolean answers, List<Integer> moreErrors) {
    }

    private static final Map<String, Body> BODIES = Map.of(
            "POST /api/v1/decisions/annual", new Body("AnnualRequest", "annual", true, List.of()),
            "POST /api/v1/decisions/quarterly", new Body("QuarterlyRequest", "quarterly", true, List.of()),
            "POST /api/v1/decisions/step-down", new Body("StepDownRequest", "step-down", true, List.of()),
            "POST /api/v1/documents/annual", new Body("AnnualRequest", "annual", false, List.of()),
            "POST /api/v1/documents/quarterly", new Body("QuarterlyRequest", "quarterly", false, List.of()),
            "POST /api/v1/documents/step-down", new Body("StepDownRequest", "step-down", false, List.of()),
            "POST /api/v1/simulations", new Body(RequestSchemas.SIMULATION, null, false, List.of(404)),
            "PUT /api/v1/rulesets/active", new Body("ActivationRequest", null, false, List.of(404, 409)));

    private RequestBodies() {
    }

    static Optional<Body> of(String method, String path) {
        return Optional.ofNullable(BODIES.get(method + " " + path));
    }
}
