package com.meritarchive.decision;

/** A responsible person's application to leave the role (S1). */
public record StepDownRequest(CadreInput cadre, boolean unitOpinionSigned, boolean leaderApproved) {
}
