package com.meritarchive.apidocs;

import com.meritarchive.request.ActivationRequest;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.Vocabulary;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas of the request bodies, generated from the request records ({@code request.AnnualRequest}
 * …) and completed with what the strict reader checks and a record cannot say: required fields,
 * the contract's codes ({@link Vocabulary}), ranges, and {@code additionalProperties: false}
 * (an unknown key is a 422). {@code RequestSchemasTest} holds them to the reader field by field:
 * the fields it names when it refuses an unknown key, the fields without which it refuses a body.
 */
final class RequestSchemas {

    static final String SIMULATION = "SimulationRequest";

    private RequestSchemas() {
    }

    /** Every request schema by name, the objects they contain included. */
    @SuppressWarnings("rawtypes")
    static Map<String, Schema> all() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Class<?> type : List.of(AnnualRequest.class, QuarterlyRequest.class, StepDownRequest.class,
                ActivationRequest.class)) {
            schemas.putAll(ModelConverters.getInstance().readAll(type));
        }
        schemas.put(SIMULATION, simulation());
        complete(schemas);
        schemas.values().forEach(schema -> schema.setAdditionalProperties(false));
        return schemas;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void complete(Map<String, Schema> schemas) {
        Fields.of(schemas.get("UnitInput"), "A unit (CONTRACT.md \"Unit\").").required("id", "name", "kind")
                .codes("kind", Vocabulary.UNIT_KINDS);
        Fields.of(schemas.get("CadreInput"), "A cadre (CONTRACT.md \"Cadre\").").required("id", "name", "unitId", "managedBy")
                .codes("managedBy", Vocabulary.MANAGERS);
        Schema record = schemas.get("RecordInput");
        String echoed = "What a quarterly answer adds to a new record; sent back, it decides nothing.";
        record.addProperty("rule", new StringSchema().description(echoed));
        record.addProperty("assessmentId", new StringSchema().description(echoed));
        Fields.of(record, "A performance record or problem trace (CONTRACT.md \"Record\"); `status` defaults to ACTIVE.")
                .required("id", "subjectType", "subjectId", "type", "year", "quarter", "indicator")
                .codes("subjectType", Vocabulary.SUBJECT_TYPES).codes("type", Vocabulary.RECORD_TYPES)
                .codes("status", Vocabulary.STATUSES).year("year").range("quarter", 1, 4);
        Fields.of(schemas.get("GroupMemberInput"), "A member of an assessment's responsibility group.")
                .required("cadreId", "role").codes("role", Vocabulary.ROLES);
        Fields.of(schemas.get("AssessmentInput"), "One indicator's city ranking in one quarter (CONTRACT.md \"Assessment\"); "
                + "rank and targetRank are at most rankedCount.")
                .required("id", "keyWork", "task", "indicator", "rank", "rankedCount", "leadUnitId", "group")
                .range("rank", 1, Vocabulary.MAX_RANKED).range("rankedCount", 1, Vocabulary.MAX_RANKED)
                .range("targetRank", 1, Vocabulary.MAX_RANKED);
        Fields.of(schemas.get("AnnualRequest"), "The year-end call: the year, and the units, cadres and records to decide from.")
                .required("year", "units", "cadres", "records").year("year");
        Fields.of(schemas.get("QuarterlyRequest"), "The quarterly call: the quarter's rankings, and the records made before it.")
                .required("year", "quarter", "units", "cadres", "assessments", "records").year("year").range("quarter", 1, 4);
        Fields.of(schemas.get("StepDownRequest"), "A responsible person's application to leave the role (S1); "
                + "the cadre's unitId is not checked against any unit.")
                .required("cadre", "unitOpinionSigned", "leaderApproved");
        Fields.of(schemas.get("ActivationRequest"), "Which stored version to publish, and whether to publish it although "
                + "its test scenarios fail.").required("id");
        ((Schema) schemas.get("ActivationRequest").getProperties().get("force")).setDefault(false);
        Fields.of(schemas.get(SIMULATION), "What to simulate: a candidate version against a baseline (default: the "
                + "published version), with an annual and/or a quarterly request as the HR system sends them.")
                .required("candidate");
    }

    /** The wire shape of {@code request.SimulationRequest}, whose record holds the checked dataset instead. */
    @SuppressWarnings("rawtypes")
    private static Schema simulation() {
        Schema simulation = new Schema<>().type("object")
                .addProperty("candidate", new StringSchema().description("the id of a stored rule-set version"))
                .addProperty("baseline", new StringSchema().description("the id of a stored version; default: the published one"))
                .addProperty("annual", new Schema<>().$ref(ref("AnnualRequest")))
                .addProperty("quarterly", new Schema<>().$ref(ref("QuarterlyRequest")));
        simulation.setAnyOf(List.of(new Schema<>().required(List.of("annual")), new Schema<>().required(List.of("quarterly"))));
        return simulation;
    }

    static String ref(String name) {
        return "#/components/schemas/" + name;
    }

    /** Completes one object schema; fields not named required may be absent or null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Fields(Schema object) {

        static Fields of(Schema object, String description) {
            object.setDescription(description);
            return new Fields(object);
        }

        Fields required(String... names) {
            List<String> required = List.of(names);
            object.setRequired(required);
            ((Map<String, Schema>) object.getProperties()).forEach((name, field) -> {
                if (!required.contains(name)) {
                    field.setNullable(true);
                } else if ("string".equals(field.getType())) {
                    field.setMinLength(1);
                }
            });
            return this;
        }

        Fields codes(String name, List<String> codes) {
            field(name).setEnum(codes);
            return this;
        }

        Fields range(String name, int min, int max) {
            field(name).minimum(java.math.BigDecimal.valueOf(min)).maximum(java.math.BigDecimal.valueOf(max));
            return this;
        }

        Fields year(String name) {
            return range(name, Vocabulary.MIN_YEAR, Vocabulary.MAX_YEAR);
        }

        private Schema field(String name) {
            Schema field = (Schema) object.getProperties().get(name);
            if (field == null) {
                throw new IllegalStateException("The request schema has no field '" + name + "'");
            }
            return field;
        }
    }
}
