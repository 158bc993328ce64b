package com.meritarchive.decision.fact;

/** A responsible person's application to leave the role (S1), as the step-down table sees it. */
public record StepDownApplication(String cadreId, String managedBy, boolean unitOpinionSigned, boolean leaderApproved) {
}
