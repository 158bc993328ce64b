package com.meritarchive.decision.fact;

/**
 * Present only in a session that routes results for documents, so that the notice terms are
 * worked out there (even when nothing is routed) and never in a decision session.
 */
public record RoutingRequest() {
}
