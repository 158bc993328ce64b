package com.meritarchive.request;

/**
 * A cadre as the HR system sends it (CONTRACT.md "Cadre"). Its {@code name} is null when read for
 * deciding only ({@link RequestReader#annualToDecide}): the request had one, no decision reads it.
 */
public record CadreInput(String id, String name, String unitId, String managedBy) {
}
