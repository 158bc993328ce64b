package com.meritarchive.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a decision request against CONTRACT.md and turns it into typed input. Every problem is
 * reported with its pointer; a request with any problem is refused whole.
 */
public final class RequestChecks {

    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2999;
    static final List<String> UNIT_KINDS = List.of("COUNTY", "STATIONED");
    static final List<String> MANAGERS = List.of("ORG_DEPT", "HR_BUREAU");
    static final List<String> SUBJECT_TYPES = List.of("CADRE", "UNIT");
    static final List<String> RECORD_TYPES = List.of("PERFORMANCE", "PROBLEM_TRACE");
    static final List<String> STATUSES = List.of("ACTIVE", "CANCELLED");
    static final List<String> ROLES = List.of("LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER");

    private RequestChecks() {
    }

    public static AnnualRequest annual(JsonNode body) {
        FieldReader reader = new FieldReader();
        reader.requireObject(body, "");
        reader.throwIfInvalid();
        Integer year = reader.integer(body, "", "year", true, MIN_YEAR, MAX_YEAR);
        People people = people(reader, body);
        List<RecordInput> records = records(reader, body, "records", people, year, 4);
        reader.throwIfInvalid();
        return new AnnualRequest(year, people.units(), people.cadres(), records);
    }

    public static QuarterlyRequest quarterly(JsonNode body) {
        FieldReader reader = new FieldReader();
        reader.requireObject(body, "");
        reader.throwIfInvalid();
        Integer year = reader.integer(body, "", "year", true, MIN_YEAR, MAX_YEAR);
        Integer quarter = reader.integer(body, "", "quarter", true, 1, 4);
        People people = people(reader, body);
        List<AssessmentInput> assessments = reader.array(body, "assessments", true,
                (node, pointer) -> assessment(reader, node, pointer, people));
        reader.rejectDuplicates(assessments.stream().map(a -> a == null ? null : a.id()).toList(), "/assessments",
                "assessment");
        List<RecordInput> records = records(reader, body, "records", people, year, quarter == null ? 4 : quarter);
        reader.throwIfInvalid();
        return new QuarterlyRequest(year, quarter, people.units(), people.cadres(),
                assessments.stream().filter(Objects::nonNull).toList(), records);
    }

    private static AssessmentInput assessment(FieldReader reader, JsonNode node, String pointer, People people) {
        Integer rankedCount = reader.integer(node, pointer, "rankedCount", true, 1, 10_000);
        int maxRank = rankedCount == null ? 10_000 : rankedCount;
        Integer rank = reader.integer(node, pointer, "rank", true, 1, maxRank);
        Integer targetRank = reader.integer(node, pointer, "targetRank", false, 1, maxRank);
        String leadUnitId = reader.text(node, pointer, "leadUnitId", true);
        if (leadUnitId != null && !people.unitIds().contains(leadUnitId)) {
            reader.reject(pointer + "/leadUnitId", "unknown unit '" + leadUnitId + "'");
        }
        List<AssessmentInput.GroupMemberInput> group = reader.array(node, "group", true, (member, at) -> {
            String cadreId = reader.text(member, pointer + at, "cadreId", true);
            if (cadreId != null && !people.cadreIds().contains(cadreId)) {
                reader.reject(pointer + at + "/cadreId", "unknown cadre '" + cadreId + "'");
            }
            return new AssessmentInput.GroupMemberInput(cadreId, reader.oneOf(member, pointer + at, "role", ROLES, null));
        }, pointer);
        Set<String> members = new HashSet<>();
        for (int i = 0; i < group.size(); i++) {
            String cadreId = group.get(i) == null ? null : group.get(i).cadreId();
            if (cadreId != null && !members.add(cadreId)) {
                reader.reject(pointer + "/group/" + i + "/cadreId", "cadre '" + cadreId + "' is listed twice in the group");
            }
        }
        return new AssessmentInput(reader.text(node, pointer, "id", true), reader.text(node, pointer, "keyWork", true),
                reader.text(node, pointer, "task", true), reader.text(node, pointer, "indicator", true),
                rank == null ? 0 : rank, maxRank, targetRank, leadUnitId,
                group.stream().filter(Objects::nonNull).toList());
    }

    public static StepDownRequest stepDown(JsonNode body) {
        FieldReader reader = new FieldReader();
        reader.requireObject(body, "");
        reader.throwIfInvalid();
        JsonNode cadre = body.get("cadre");
        CadreInput input = null;
        if (cadre == null || !cadre.isObject()) {
            reader.reject("/cadre", cadre == null ? "is required" : "must be a JSON object");
        } else {
            input = new CadreInput(reader.text(cadre, "/cadre", "id", true), reader.text(cadre, "/cadre", "name", true),
                    reader.text(cadre, "/cadre", "unitId", true), reader.oneOf(cadre, "/cadre", "managedBy", MANAGERS, null));
        }
        Boolean unitOpinionSigned = reader.bool(body, "", "unitOpinionSigned");
        Boolean leaderApproved = reader.bool(body, "", "leaderApproved");
        reader.throwIfInvalid();
        return new StepDownRequest(input, unitOpinionSigned, leaderApproved);
    }

    /** The units and cadres of a request, checked for duplicates and for cadres of unknown units. */
    record People(List<UnitInput> units, List<CadreInput> cadres, Set<String> unitIds, Set<String> cadreIds) {
    }

    static People people(FieldReader reader, JsonNode body) {
        List<UnitInput> units = reader.array(body, "units", true, (node, pointer) -> new UnitInput(
                reader.text(node, pointer, "id", true),
                reader.text(node, pointer, "name", true),
                reader.oneOf(node, pointer, "kind", UNIT_KINDS, null)));
        reader.rejectDuplicates(units.stream().map(u -> u == null ? null : u.id()).toList(), "/units", "unit");
        Set<String> unitIds = ids(units.stream().filter(Objects::nonNull).map(UnitInput::id).toList());
        List<CadreInput> cadres = reader.array(body, "cadres", true, (node, pointer) -> {
            CadreInput cadre = new CadreInput(
                    reader.text(node, pointer, "id", true),
                    reader.text(node, pointer, "name", true),
                    reader.text(node, pointer, "unitId", true),
                    reader.oneOf(node, pointer, "managedBy", MANAGERS, null));
            if (cadre.unitId() != null && !unitIds.contains(cadre.unitId())) {
                reader.reject(pointer + "/unitId", "unknown unit '" + cadre.unitId() + "'");
            }
            return cadre;
        });
        reader.rejectDuplicates(cadres.stream().map(c -> c == null ? null : c.id()).toList(), "/cadres", "cadre");
        Set<String> cadreIds = ids(cadres.stream().filter(Objects::nonNull).map(CadreInput::id).toList());
        return new People(units.stream().filter(Objects::nonNull).toList(),
                cadres.stream().filter(Objects::nonNull).toList(), unitIds, cadreIds);
    }

    /**
     * Records of the request. A record must be about a cadre or unit of the request and may not
     * be later than the decided period ({@code year}, {@code lastQuarter}); earlier ones are accepted.
     */
    static List<RecordInput> records(FieldReader reader, JsonNode body, String field, People people, Integer year,
            int lastQuarter) {
        List<RecordInput> records = reader.array(body, field, true, (node, pointer) -> {
            String subjectType = reader.oneOf(node, pointer, "subjectType", SUBJECT_TYPES, null);
            String subjectId = reader.text(node, pointer, "subjectId", true);
            Integer recordYear = reader.integer(node, pointer, "year", true, MIN_YEAR, MAX_YEAR);
            Integer quarter = reader.integer(node, pointer, "quarter", true, 1, 4);
            RecordInput record = new RecordInput(
                    reader.text(node, pointer, "id", true), subjectType, subjectId,
                    reader.oneOf(node, pointer, "type", RECORD_TYPES, null),
                    recordYear == null ? 0 : recordYear, quarter == null ? 0 : quarter,
                    reader.text(node, pointer, "keyWork", false),
                    reader.text(node, pointer, "indicator", true),
                    reader.oneOf(node, pointer, "status", STATUSES, "ACTIVE"));
            if (subjectType != null && subjectId != null
                    && !(subjectType.equals("CADRE") ? people.cadreIds() : people.unitIds()).contains(subjectId)) {
                reader.reject(pointer + "/subjectId", "unknown " + subjectType.toLowerCase() + " '" + subjectId + "'");
            }
            if (year != null && recordYear != null && quarter != null
                    && (recordYear > year || (recordYear == year.intValue() && quarter > lastQuarter))) {
                reader.reject(pointer + "/year", "the record (" + recordYear + " Q" + quarter
                        + ") is later than the period decided (" + year + " Q" + lastQuarter + ")");
            }
            return record;
        });
        reader.rejectDuplicates(records.stream().map(r -> r == null ? null : r.id()).toList(), "/" + field, "record");
        return records.stream().filter(Objects::nonNull).toList();
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> set = new HashSet<>(ids);
        set.remove(null);
        return set;
    }
}
