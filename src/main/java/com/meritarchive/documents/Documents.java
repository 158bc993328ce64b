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
     * The recipient of a unit's warning list (预警名单, issue 17): the unit itself, addressed to its
     * head. Not a route of the routing table: every warning goes to the unit it concerns.
     */
    public static final String UNIT = "UNIT";

    /**
     * One notice or filing: to whom, its title, and its entries sorted by unit, then name.
     * A {@code PUBLIC} document is a public notice (公示): its entries never carry evidence.
     * A {@code UNIT} document is a unit's warning list: {@code unitId} and {@code unitName} say which
     * unit (absent on the other documents), its entries are warnings with their {@code message}.
     */
    public record Document(String recipient, @JsonInclude(JsonInclude.Include.NON_NULL) String unitId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unitName, String title, List<Entry> entries) {

        /** A document for one of {@link #RECIPIENTS}. */
        public Document(String recipient, String title, List<Entry> entries) {
            this(recipient, null, null, title, entries);
        }

        /** Whether this is a unit's warning list. */
        public boolean warningList() {
            return UNIT.equals(recipient);
        }
    }

    /**
     * One subject's outcome (or new record) in a document, with the clause and the records behind it;
     * on a warning list, the outcome the subject is one quarter away from, the warning's clause
     * (W1-W6) and its sentence ({@code message}, absent on the other documents).
     */
    public record Entry(String subjectType, String subjectId, String name, String unit, String code, String label,
            String rule, List<String> evidence, @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

        /** An outcome or new record (no message). */
        public Entry(String subjectType, String subjectId, String name, String unit, String code, String label, String rule,
                List<String> evidence) {
            this(subjectType, subjectId, name, unit, code, label, rule, evidence, null);
        }
    }
}
