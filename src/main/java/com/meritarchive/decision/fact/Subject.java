package com.meritarchive.decision.fact;

/**
 * A cadre or a unit the rules may decide about. {@code kind} is a unit's kind ({@code COUNTY},
 * {@code STATIONED}) and {@code null} for a cadre, so that a table row can target stationed units.
 */
public record Subject(String type, String id, String kind) {

    public static final String CADRE = "CADRE";
    public static final String UNIT = "UNIT";

    public String key() {
        return keyOf(type, id);
    }

    public static String keyOf(String type, String id) {
        return type + ":" + id;
    }
}
