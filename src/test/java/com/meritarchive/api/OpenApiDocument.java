package com.meritarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service's OpenAPI 3.0 document, read as JSON, and a validator of JSON values against any
 * schema in it (networknt's OpenAPI 3.0 dialect: {@code nullable}, {@code $ref}s into the components).
 */
final class OpenApiDocument {

    private static final String ADDRESS = "https://merit-archive.test/v3/api-docs";

    /** One operation of the document, with its method in upper case and its path template. */
    record Operation(String method, String path, JsonNode node) {

        boolean matches(String method, String concretePath) {
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return this.method.equals(method) && concretePath.replaceAll("\\?.*", "").matches(regex);
        }

        /** A JSON pointer to this operation inside the document. */
        String pointer() {
            return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    final JsonNode root;
    private final JsonSchemaFactory schemas;

    OpenApiDocument(String json) throws IOException {
        this.root = new ObjectMapper().readTree(json);
        this.schemas = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(ADDRESS, json))).build();
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()))));
        return operations;
    }

    /** The problems of {@code value} against the schema at {@code pointer} (e.g. an operation's request body schema). */
    List<String> problems(String pointer, JsonNode value) {
        JsonSchema schema = schemas.getSchema(SchemaLocation.of(ADDRESS + "#" + pointer));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(value)) {
            problems.add(message.toString());
        }
        return problems;
    }

    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return () -> {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            return fields;
        };
    }
}
