package com.meritarchive.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problem+json answers (RFC 9457, CONTRACT.md "Errors") an operation can give, chosen from what
 * the operation is: every protected one 401 and 403, one with a body 413, 415 and 422 (and 400 when
 * it is read as JSON or multipart), one that names a version (path, {@code ?ruleSet=}, {@code ?against=},
 * or its body) 404, one with a JSON body 503 (the memory budget; no active rule set at start).
 */
final class ErrorResponses {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_ERROR = "ProblemError";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<Integer, String> WHEN = Map.of(
            400, "`Malformed JSON`: not JSON, content after the value, not UTF-8 (an upload: `Malformed multipart body`, "
                    + "`Invalid file name`).",
            401, "`Unauthorized`: no or wrong credentials (HTTP Basic; `WWW-Authenticate: Basic`).",
            403, "`Forbidden`: a role that may not; `hr` deciding with a version never published (`?ruleSet=`); "
                    + "`.drl`/`.csv` uploaded without PUBLISH.",
            404, "`Unknown rule set` (or `Unknown file`): no stored version with that id, or no such file in it.",
            409, "`Test scenarios fail`: the version's own test scenarios fail and `force` is not true; "
                    + "the failures are in `scenarios`. `Another publication came first`: another publication (here or "
                    + "on another replica) was committed while this one was being checked; `active` names what is now "
                    + "active, nothing changed.",
            413, "`Request too large`: body over `merit.max-request-size` (128 MB; uploads 10 MB per file, 20 MB, 60 parts).",
            415, "`Unsupported Media Type`: another `Content-Type` than the one named here.",
            422, "`Invalid request` (or `Invalid rule set` for an upload, `errors` with file, sheet, row, column): "
                    + "every invalid field at its JSON pointer in `errors`; nothing is decided or stored.",
            503, "`No active rule set` (still compiling at start), `Service busy` (memory budget full, `Retry-After: 5`), "
                    + "`Simulation timed out` or `Rule-set store unavailable` (merit.store=postgres: the database does "
                    + "not answer an upload, a publication or a version not compiled here).");

    private ErrorResponses() {
    }

    /** The problem schema and the entries of its {@code errors} list. */
    @SuppressWarnings("rawtypes")
    static void addSchemas(Components components) {
        Schema error = new ObjectSchema()
                .description("One thing wrong: `pointer` (a JSON pointer into the body) or `parameter` (a query "
                        + "parameter), or for a rule-set upload `file`, `sheet`, `row` and `column` as Excel shows them "
                        + "(a DRL file: line and column number); always `message`.")
                .addProperty("pointer", new StringSchema().example("/records/0/quarter"))
                .addProperty("parameter", new StringSchema())
                .addProperty("file", new StringSchema())
                .addProperty("sheet", new StringSchema())
                .addProperty("row", new IntegerSchema())
                .addProperty("column", new StringSchema())
                .addProperty("message", new StringSchema().example("must be between 1 and 4, was 0"));
        error.setRequired(List.of("message"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details. A 409 also carries `scenarios` (the test scenario report).")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("1 field(s) are invalid; nothing was decided."))
                .addProperty("instance", new StringSchema().example("/api/v1/decisions/annual"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(RequestSchemas.ref(PROBLEM_ERROR))));
        problem.setRequired(List.of("title", "status"));
        components.addSchemas(PROBLEM_ERROR, error).addSchemas(PROBLEM, problem);
    }

    /** Adds the problem answers of {@code statuses} to the operation, in status order. */
    static void add(Operation operation, List<Integer> statuses) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        for (int status : statuses) {
            sorted.put(Integer.toString(status), new ApiResponse().description(WHEN.get(status))
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref(RequestSchemas.ref(PROBLEM))))));
        }
        responses.clear();
        responses.putAll(sorted);
        operation.setResponses(responses);
    }
}
