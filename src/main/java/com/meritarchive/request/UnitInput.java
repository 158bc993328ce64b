package com.meritarchive.request;

/**
 * A unit as the HR system sends it (CONTRACT.md "Unit"). Its {@code name} is null when read for
 * deciding only ({@link RequestReader#annualToDecide}).
 */
public record UnitInput(String id, String name, String kind) {
}
