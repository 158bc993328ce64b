package com.meritarchive.apidocs;

import com.meritarchive.documents.Documents;
import com.meritarchive.simulation.Simulation;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes every operation springdoc found in the controllers: its request body and examples,
 * its successful answers, the role it needs ({@code x-required-role}, with HTTP Basic) and its
 * problem+json errors.
 */
final class ApiDescription implements OpenApiCustomizer {

    static final String BASIC = "basicAuth";
    static final String ROLE = "x-required-role";
    private static final Set<String> VERSION_PARAMETERS = Set.of("ruleSet", "against");
    /** What the controllers' query parameters mean (their names and types springdoc reads from the code). */
    private static final Map<String, String> PARAMETERS = Map.of(
            "ruleSet", "Decide with this stored rule-set version instead of the published one (`404` unknown; "
                    + "for `hr`, `403` unless it has been published at some time).",
            "against", "The version to compare with (default: the published one).",
            "documentDate", "成文日期, an ISO date (default: today, Beijing time); `422` when malformed.",
            "noticeStart", "The public notice's first day, an ISO date, not before `documentDate` (default: the first "
                    + "working day after it).",
            "format", "`xlsx`: answer the report workbook instead of JSON.",
            "subjectType", "`CADRE` or `UNIT`: which one the id names when it is both a cadre's and a unit's in the "
                    + "decision (`422` when it is needed and missing, or another value).");

    private final RequiredRoles roles;
    private final Examples examples;

    ApiDescription(RequiredRoles roles, Examples examples) {
        this.roles = roles;
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        RequestSchemas.all().forEach(components::addSchemas);
        ModelConverters.getInstance().readAll(Documents.class).forEach(components::addSchemas);
        ModelConverters.getInstance().readAll(Simulation.class).forEach(components::addSchemas);
        WarningFields.describe(components);
        for (Class<?> answer : Answers.DECISIONS.values()) {
            ModelConverters.getInstance().readAll(answer).forEach(components::addSchemas);
        }
        ErrorResponses.addSchemas(components);
        api.setComponents(components);
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(method, path, operation)));
        }
    }

    private void describe(PathItem.HttpMethod httpMethod, String path, Operation operation) {
        String method = httpMethod.name();
        Optional<RequestBodies.Body> body = RequestBodies.of(method, path);
        body.ifPresent(read -> operation.setRequestBody(requestBody(read)));
        describeParameters(operation);
        Answers.describe(method, path, operation);
        body.filter(RequestBodies.Body::answers).ifPresent(read -> answerExamples(operation, read.examples()));
        RequiredRoles.Access access = roles.of(method, path);
        if (!access.open()) {
            operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
            String needed = access.role() == null ? "any logged-in user; the endpoint decides who"
                    : "**" + access.role() + "**";
            String said = operation.getDescription() == null ? "" : "\n\n" + operation.getDescription();
            operation.setDescription("Role: " + needed + " (HTTP Basic)." + said);
        }
        if (access.role() != null) {
            operation.addExtension(ROLE, access.role());
            if (operation.getSummary() == null) {
                operation.setSummary("role " + access.role());
            }
        }
        ErrorResponses.add(operation, errors(operation, path, !access.open(), body));
    }

    private RequestBody requestBody(RequestBodies.Body read) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(RequestSchemas.ref(read.schema())));
        if (read.examples() != null) {
            Map<String, Example> requests = examples.of(read.examples(), Examples.REQUEST);
            if (!requests.isEmpty()) {
                json.setExamples(requests);
            }
        }
        return new RequestBody().required(true).content(new Content().addMediaType(Answers.JSON, json))
                .description("Read strictly: an unknown or repeated key is a 422 at its JSON pointer; UTF-8 only.");
    }

    private void answerExamples(Operation operation, String endpoint) {
        Map<String, Example> answers = examples.of(endpoint, Examples.ANSWER);
        MediaType json = operation.getResponses().get("200").getContent().get(Answers.JSON);
        if (!answers.isEmpty() && json != null) {
            json.setExamples(answers);
        }
    }

    /**
     * Describes the query parameters; drops an {@code Accept} header parameter, which OpenAPI ignores
     * (the answer's media types say it).
     */
    private static void describeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().removeIf(parameter -> "header".equals(parameter.getIn())
                && "Accept".equalsIgnoreCase(parameter.getName()));
        for (Parameter parameter : operation.getParameters()) {
            if ("query".equals(parameter.getIn()) && PARAMETERS.containsKey(parameter.getName())) {
                parameter.setDescription(PARAMETERS.get(parameter.getName()));
                if (parameter.getName().equals("documentDate") || parameter.getName().equals("noticeStart")) {
                    parameter.getSchema().setFormat("date");
                }
            }
        }
    }

    private static List<Integer> errors(Operation operation, String path, boolean secured, Optional<RequestBodies.Body> body) {
        List<Integer> statuses = new ArrayList<>();
        boolean hasBody = operation.getRequestBody() != null;
        boolean namesVersion = path.contains("{") || (operation.getParameters() != null && operation.getParameters()
                .stream().map(Parameter::getName).anyMatch(VERSION_PARAMETERS::contains));
        if (hasBody) {
            statuses.add(400);
        }
        if (secured) {
            statuses.addAll(List.of(401, 403));
        }
        if (namesVersion) {
            statuses.add(404);
        }
        body.ifPresent(read -> statuses.addAll(read.moreErrors()));
        if (hasBody) {
            statuses.addAll(List.of(413, 415, 422));
        }
        if (body.isPresent()) {
            statuses.add(503);
        }
        return statuses.stream().distinct().sorted().toList();
    }
}
