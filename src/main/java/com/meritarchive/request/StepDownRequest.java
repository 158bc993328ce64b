package com.meritarchive.request;

/** A responsible person's application to leave the role (S1). */
public record StepDownRequest(CadreInput cadre, boolean unitOpinionSigned, boolean leaderApproved) {
}
