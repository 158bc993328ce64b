package com.meritarchive.request;

/** A cadre as the HR system sends it (CONTRACT.md "Cadre"). */
public record CadreInput(String id, String name, String unitId, String managedBy) {
}
