package com.meritarchive.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * What the early warnings (issue 17) add to the documents and simulation answers, said in the
 * document where a generated schema only names the fields: additive fields, absent where they do
 * not apply, so that a client written for the contract's shapes reads on.
 */
final class WarningFields {

    private WarningFields() {
    }

    @SuppressWarnings("rawtypes")
    static void describe(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        property(schemas, "Document", "recipient", "`PUBLIC`, `ORG_DEPT`, `HR_BUREAU`, `DISCIPLINE_COMMISSION` (routed by the rule "
                + "set's Routing.drl.xlsx), or `UNIT`: a quarter's warning list (预警名单) for one unit, addressed to its head.");
        property(schemas, "Document", "unitId", "On a warning list (`recipient` `UNIT`) only: the unit it is for; a cadre's "
                + "warning is in the list of the cadre's unit.");
        property(schemas, "Document", "unitName", "On a warning list only: the unit's name, as the request gives it.");
        property(schemas, "Entry", "message", "On a warning list only: the warning's condition in one Chinese sentence "
                + "(`code` is then the outcome warned of, `rule` the clause W1-W6, `evidence` the records it rests on).");
        property(schemas, "Simulation", "warningSummary", "Quarterly datasets only: per outcome warned of, the subjects warned "
                + "under each side and how many gain or lose the warning. Absent for a year, a step-down, or a replay of an "
                + "answer recorded before warnings existed.");
        property(schemas, "Change", "gainedWarnings", "Quarterly datasets only: warnings (`{code, rule}`) the candidate gives "
                + "this subject and the baseline does not. A subject whose warnings alone differ is a change with empty "
                + "`gained` and `lost`.");
        property(schemas, "Change", "lostWarnings", "Quarterly datasets only: warnings the baseline gives this subject and "
                + "the candidate does not.");
    }

    @SuppressWarnings("rawtypes")
    private static void property(Map<String, Schema> schemas, String schema, String property, String description) {
        Schema owner = schemas.get(schema);
        if (owner == null || owner.getProperties() == null) {
            throw new IllegalStateException("The API description lost " + schema + "." + property);
        }
        Object field = owner.getProperties().get(property);
        if (!(field instanceof Schema described)) {
            throw new IllegalStateException("The API description lost " + schema + "." + property);
        }
        described.setDescription(description);
    }
}
