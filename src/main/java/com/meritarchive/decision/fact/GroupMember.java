package com.meritarchive.decision.fact;

/** A cadre of an assessment's responsibility group, with the role the rules check for archivability. */
public record GroupMember(String assessmentId, String cadreId, String role) {
}
