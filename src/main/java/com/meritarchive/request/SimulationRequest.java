package com.meritarchive.request;

/** A checked {@code POST /api/v1/simulations} body: the candidate version, the baseline (null: the active one) and the dataset. */
public record SimulationRequest(String candidate, String baseline, Dataset dataset) {
}
