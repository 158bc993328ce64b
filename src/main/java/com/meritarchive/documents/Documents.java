package com.meritarchive.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.meritarchive.decision.RuleSetRef;
import java.util.List;

/**
 * What a decision sends out (CONTRACT.md "documents"): one document per recipient that has
 * entries, routed by the rule set's routing table, so that the decision and its documents always
 * agree. {@code quarter} is null for a year-end decision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Documents(int year, Integer quarter, RuleSetRef ruleSet, List<Document> documents) {

    /** The recipients of CONTRACT.md. */
    public static final List<String> RECIPIENTS = List.of("PUBLIC", "ORG_DEPT", "HR_BUREAU", "DISCIPLINE_COMMISSION");

    /**
     * One notice or filing: to whom, its title, and its entries sorted by unit, then name.
     * A {@code PUBLIC} document is a public notice (公示): its entries never carry evidence.
     */
    public record Document(String recipient, String title, List<Entry> entries) {
    }

    /** One subject's outcome (or new record) in a document, with the clause and the records behind it. */
    public record Entry(String subjectType, String subjectId, String name, String unit, String code, String label,
            String rule, List<String> evidence) {
    }
}
