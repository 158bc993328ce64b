package com.meritarchive.request;

/** A unit as the HR system sends it (CONTRACT.md "Unit"). */
public record UnitInput(String id, String name, String kind) {
}
