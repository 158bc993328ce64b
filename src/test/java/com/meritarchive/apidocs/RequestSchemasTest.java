package com.meritarchive.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.InvalidRequestException;
import com.meritarchive.request.RequestReader;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The request schemas of the OpenAPI document say what the strict reader does, field by field, so
 * that the document cannot drift from the code: the fields of each object are those the reader
 * names when it refuses an unknown key, and a field is required exactly when the reader refuses
 * the example without it.
 */
class RequestSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private interface Reader {
        void read(InputStream body) throws IOException;
    }

    /** One object of a request body: its schema, the reader of the whole body, a valid body and where the object is. */
    private record Probe(String schema, Reader reader, JsonNode body, String pointer) {
    }

    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> schemas = RequestSchemas.all();

    private static JsonNode example(String file) throws IOException {
        return JSON.readTree(Path.of("examples", file).toFile());
    }

    private static List<Probe> probes() throws IOException {
        JsonNode annual = example("annual_county.req.json");
        JsonNode quarterly = example("quarterly_2017Q1.req.json");
        JsonNode stepDown = example("step-down.req.json");
        ObjectNode activation = JSON.createObjectNode().put("id", "0f51286ef650").put("force", false);
        ObjectNode simulation = JSON.createObjectNode().put("candidate", "088a9030edaf").put("baseline", "0f51286ef650");
        simulation.set("annual", annual);
        simulation.set("quarterly", quarterly);
        return List.of(
                new Probe("AnnualRequest", RequestReader::annual, annual, ""),
                new Probe("UnitInput", RequestReader::annual, annual, "/units/0"),
                new Probe("CadreInput", RequestReader::annual, annual, "/cadres/0"),
                new Probe("RecordInput", RequestReader::annual, annual, "/records/0"),
                new Probe("QuarterlyRequest", RequestReader::quarterly, quarterly, ""),
                new Probe("AssessmentInput", RequestReader::quarterly, quarterly, "/assessments/0"),
                new Probe("GroupMemberInput", RequestReader::quarterly, quarterly, "/assessments/0/group/0"),
                new Probe("StepDownRequest", RequestReader::stepDown, stepDown, ""),
                new Probe("ActivationRequest", RequestReader::activation, activation, ""),
                new Probe(RequestSchemas.SIMULATION, RequestReader::simulation, simulation, ""));
    }

    @Test
    void shouldNameExactlyTheFieldsTheReaderAccepts() throws IOException {
        for (Probe probe : probes()) {
            JsonNode body = probe.body().deepCopy();
            ((ObjectNode) body.at(probe.pointer())).put("unknownKey", 1);
            String refusal = refusal(probe.reader(), body, probe.pointer() + "/unknownKey").orElseThrow(
                    () -> new AssertionError(probe.schema() + ": an unknown key was accepted"));
            Set<String> accepted = new TreeSet<>(Arrays.asList(refusal.substring(refusal.lastIndexOf(" are ") + 5).split(", ")));
            assertThat(new TreeSet<>(properties(probe.schema()))).as(probe.schema()).isEqualTo(accepted);
            assertThat(schemas.get(probe.schema()).getAdditionalProperties()).as(probe.schema()).isEqualTo(false);
        }
    }

    @Test
    void shouldRequireExactlyTheFieldsWithoutWhichTheReaderRefusesTheBody() throws IOException {
        int removed = 0;
        for (Probe probe : probes()) {
            List<String> required = requiredOf(probe.schema());
            assertThat(required).as(probe.schema()).isNotEmpty();
            JsonNode object = probe.body().at(probe.pointer());
            for (String field : properties(probe.schema())) {
                if (!object.has(field)) {
                    assertThat(required).as("%s.%s, absent from a valid example", probe.schema(), field).doesNotContain(field);
                    continue;
                }
                JsonNode body = probe.body().deepCopy();
                ((ObjectNode) body.at(probe.pointer())).remove(field);
                boolean refused = refusal(probe.reader(), body, null).isPresent();
                assertThat(refused).as("%s without %s is refused", probe.schema(), field).isEqualTo(required.contains(field));
                removed++;
            }
        }
        assertThat(removed).isGreaterThan(30);
    }

    @Test
    void shouldListTheContractsCodes() {
        assertThat(enumOf("RecordInput", "status")).containsExactly("ACTIVE", "CANCELLED");
        assertThat(enumOf("CadreInput", "managedBy")).containsExactly("ORG_DEPT", "HR_BUREAU");
        assertThat(enumOf("GroupMemberInput", "role")).containsExactly("LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER");
        assertThat(Examples.endpointOf("annual_county.req.json")).isEqualTo("annual");
        assertThat(Examples.endpointOf("step-down.resp.json")).isEqualTo("step-down");
    }

    @SuppressWarnings("unchecked")
    private List<String> properties(String schema) {
        return new ArrayList<>(((Map<String, Object>) schemas.get(schema).getProperties()).keySet());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Object> enumOf(String schema, String field) {
        return ((Schema) schemas.get(schema).getProperties().get(field)).getEnum();
    }

    @SuppressWarnings("unchecked")
    private List<String> requiredOf(String schema) {
        return Optional.ofNullable((List<String>) schemas.get(schema).getRequired()).orElse(List.of());
    }

    /** The reader's message at {@code pointer} (any, when null) if it refuses the body. */
    private static Optional<String> refusal(Reader reader, JsonNode body, String pointer) throws IOException {
        try {
            reader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(body)));
            return Optional.empty();
        } catch (InvalidRequestException e) {
            return e.errors().stream().filter(error -> pointer == null || error.pointer().equals(pointer))
                    .map(InvalidRequestException.InvalidField::message).findFirst()
                    .or(() -> Optional.of(e.errors().toString()));
        }
    }
}
