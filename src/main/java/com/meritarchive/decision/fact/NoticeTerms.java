package com.meritarchive.decision.fact;

/**
 * The terms a public notice states (公示期 in working days, 监督电话) and the office that issues
 * the documents, read from the routing table's parameters so that policy staff change them there.
 */
public record NoticeTerms(int workingDays, String supervisionPhone, String issuingOffice) {
}
