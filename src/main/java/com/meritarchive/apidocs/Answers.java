package com.meritarchive.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.StepDownAnswer;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;

/**
 * The successful answers where the return type does not say them: answers are always
 * {@code application/json} (never problem+json), documents are a zip by default or JSON,
 * a simulation JSON or its xlsx report, a file download its bytes, an upload 201 or 200.
 */
final class Answers {

    static final String ZIP = "application/zip";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JSON = "application/json";

    /**
     * The decision endpoints write their answers as the bytes they record, so springdoc sees
     * {@code byte[]}: the answer types by path (each answer also carries {@code decisionId}).
     */
    static final Map<String, Class<?>> DECISIONS = Map.of(
            "/api/v1/decisions/annual", AnnualDecision.class,
            "/api/v1/decisions/quarterly", QuarterlyDecision.class,
            "/api/v1/decisions/step-down", StepDownAnswer.class);

    private Answers() {
    }

    static void describe(String method, String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().remove(ErrorResponses.PROBLEM_JSON);
                asBytes(response);
            }
        });
        if (DECISIONS.containsKey(path)) {
            responses.put("200", new ApiResponse().description("The decision, recorded (`decisionId`) before it was sent.")
                    .content(new Content().addMediaType(JSON, new MediaType().schema(recorded(DECISIONS.get(path).getSimpleName())))));
        } else if (path.startsWith("/api/v1/documents/")) {
            responses.put("200", new ApiResponse().description("The documents: a zip (default; `Accept: application/zip`, "
                    + "`*/*` or none) with a `.docx` and an `.xlsx` per document and `documents.json`, or with "
                    + "`Accept: application/json` the JSON alone.")
                    .content(new Content().addMediaType(ZIP, new MediaType().schema(new BinarySchema()))
                            .addMediaType(JSON, new MediaType().schema(recorded("Documents")))));
        } else if (path.equals("/api/v1/simulations")) {
            responses.put("200", new ApiResponse().description("The difference (JSON), or with `?format=xlsx` or "
                    + "`Accept: " + XLSX + "` the report workbook.")
                    .content(new Content().addMediaType(JSON, new MediaType().schema(ref("Simulation")))
                            .addMediaType(XLSX, new MediaType().schema(new BinarySchema()))));
        } else if (method.equals("POST") && path.equals("/api/v1/rulesets")) {
            ApiResponse stored = responses.get("200");
            Content version = stored.getContent();
            responses.put("201", new ApiResponse().description("Stored as a new version (not yet published).")
                    .content(version).addHeaderObject("Location", new Header().schema(new StringSchema())
                            .description("/api/v1/rulesets/{id}")));
            stored.description("These files give a version already stored: that version (`Content-Location`).");
        }
    }

    /** A download springdoc sees as {@code byte[]}: the file's bytes. */
    @SuppressWarnings("rawtypes")
    private static void asBytes(ApiResponse response) {
        Map<String, MediaType> content = response.getContent();
        MediaType any = content.get("*/*");
        Schema schema = any == null ? null : any.getSchema();
        if (schema != null && "byte".equals(schema.getFormat())) {
            content.remove("*/*");
            content.put("application/octet-stream", new MediaType().schema(new BinarySchema()));
            response.description("The file as stored, as an attachment (`Content-Disposition`).");
        }
    }

    /** An answer as recorded: {@code decisionId}, then the fields of {@code name}. */
    private static Schema<Object> recorded(String name) {
        return new ComposedSchema().addAllOfItem(new ObjectSchema().addProperty("decisionId", new StringSchema()
                .description("The id under which the answer was recorded: `GET /api/v1/decisions/{id}`")))
                .addAllOfItem(ref(name));
    }

    static Schema<Object> ref(String name) {
        return new Schema<>().$ref(RequestSchemas.ref(name));
    }
}
