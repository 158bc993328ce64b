package com.meritarchive.request;

/** Which stored version to publish, and whether to publish it although its test scenarios fail (CONTRACT.md). */
public record ActivationRequest(String id, boolean force) {
}
