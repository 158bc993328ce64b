package com.meritarchive.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request the service reads, checked against CONTRACT.md into typed input: the bodies of
 * the decision endpoints and of the simulations (streamed: a province's body never exists as one
 * JSON tree), and datasets already parsed (a file chosen on the simulation page, a scenario
 * built from a workbook). Malformed JSON is a {@link com.fasterxml.jackson.core.JsonProcessingException}
 * (400), as are bytes that are not UTF-8 and content after the JSON value; a body that breaks
 * the contract, unknown and duplicate keys included, an {@link InvalidRequestException} (422)
 * with every problem at its pointer.
 */
public final class RequestReader {

    private RequestReader() {
    }

    public static AnnualRequest annual(InputStream body) throws IOException {
        return JsonBodies.stream(body, parser -> RequestChecks.annual(JsonSource.of(parser)));
    }

    public static QuarterlyRequest quarterly(InputStream body) throws IOException {
        return JsonBodies.stream(body, parser -> RequestChecks.quarterly(JsonSource.of(parser)));
    }

    /**
     * As {@link #annual(InputStream)}, for deciding: the cadres' and units' names are checked as
     * strictly but not kept ({@link CadreInput#name()} and {@link UnitInput#name()} are null), since
     * no decision reads them (documents and explanations read names from the body again, a
     * simulation from its own body, {@link #simulation}). A province's 200,000 names would stay
     * alive through its decision, 1,000,000 cadres' through theirs, and the garbage collector
     * copies every string it finds alive.
     */
    public static AnnualRequest annualToDecide(InputStream body) throws IOException {
        return JsonBodies.stream(body, parser -> RequestChecks.annual(JsonSource.of(parser), false, null));
    }

    /** As {@link #quarterly(InputStream)}, for deciding: the names are checked, not kept ({@link #annualToDecide}). */
    public static QuarterlyRequest quarterlyToDecide(InputStream body) throws IOException {
        return JsonBodies.stream(body, parser -> RequestChecks.quarterly(JsonSource.of(parser), false, null));
    }

    public static StepDownRequest stepDown(InputStream body) throws IOException {
        return JsonBodies.read(body, RequestChecks::stepDown);
    }

    /** The body of {@code PUT /api/v1/rulesets/active}. */
    public static ActivationRequest activation(InputStream body) throws IOException {
        return JsonBodies.read(body, ActivationChecks::activation);
    }

    public static SimulationRequest simulation(InputStream body) throws IOException {
        return JsonBodies.stream(body, SimulationChecks::simulation);
    }

    public static AnnualRequest annual(JsonNode body) {
        return RequestChecks.annual(body);
    }

    public static QuarterlyRequest quarterly(JsonNode body) {
        return RequestChecks.quarterly(body);
    }

    public static StepDownRequest stepDown(JsonNode body) {
        return RequestChecks.stepDown(body);
    }

    /**
     * A dataset file (the simulation page's upload) read as strictly as a body: keys that appear
     * twice are refused before anything else is checked.
     */
    public static Dataset dataset(InputStream file) throws IOException {
        return JsonBodies.read(file, (tree, duplicates) -> {
            if (!duplicates.isEmpty()) {
                throw new InvalidRequestException(duplicates);
            }
            return dataset(tree);
        });
    }

    /** A dataset file as the HR system sends it: a quarterly request when it names a quarter, else an annual one. */
    public static Dataset dataset(JsonNode body) {
        if (body != null && body.has("quarter")) {
            return Dataset.quarterly(quarterly(body));
        }
        return Dataset.annual(annual(body));
    }
}
