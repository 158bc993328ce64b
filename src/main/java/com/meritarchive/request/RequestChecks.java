package com.meritarchive.request;

import static com.meritarchive.request.Vocabulary.ACTIVE;
import static com.meritarchive.request.Vocabulary.CADRE;
import static com.meritarchive.request.Vocabulary.MANAGERS;
import static com.meritarchive.request.Vocabulary.MAX_RANKED;
import static com.meritarchive.request.Vocabulary.MAX_YEAR;
import static com.meritarchive.request.Vocabulary.MIN_YEAR;
import static com.meritarchive.request.Vocabulary.RECORD_TYPES;
import static com.meritarchive.request.Vocabulary.ROLES;
import static com.meritarchive.request.Vocabulary.STATUSES;
import static com.meritarchive.request.Vocabulary.SUBJECT_TYPES;
import static com.meritarchive.request.Vocabulary.UNIT_KINDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks a decision request against CONTRACT.md and turns it into typed input. Every problem is
 * reported with its pointer; a request with any problem is refused whole.
 */
final class RequestChecks {

    private RequestChecks() {
    }

    static AnnualRequest annual(JsonNode body) {
        return unchecked(() -> annual(JsonSource.of(body)));
    }

    static QuarterlyRequest quarterly(JsonNode body) {
        return unchecked(() -> quarterly(JsonSource.of(body)));
    }

    static AnnualRequest annual(JsonSource body) throws IOException {
        return annual(body, true, null);
    }

    /**
     * @param keepNames false: the units' and cadres' names are checked, not kept in their inputs
     *     ({@link RequestReader#annualToDecide})
     * @param names where they are kept instead (null: nowhere), for a simulation
     */
    static AnnualRequest annual(JsonSource body, boolean keepNames, PeopleNames names) throws IOException {
        FieldReader reader = new FieldReader();
        Lists lists = new Lists(reader, keepNames, names);
        JsonSource.TopLevel top = body.read(Shape.ANNUAL, lists.handlers(false));
        reader.rejectAll(top.problems());
        Integer year = reader.integer(top.fields(), "", "year", true, MIN_YEAR, MAX_YEAR);
        // the records' ids are checked beside the people's (a province: 120,000 and 204,000 ids, each
        // a table of its own), their problems joined after the people's as if checked in turn
        Supplier<FieldReader> recordIds = ElementPipeline.beside(() -> lists.checkRecordIds(top, new FieldReader()));
        People people = lists.people(top);
        reader.rejectAll(recordIds.get().problems());
        lists.checkRecordReferences(people, year, 4, reader);
        reader.throwIfInvalid();
        return new AnnualRequest(year, people.units(), people.cadres(), lists.records());
    }

    static QuarterlyRequest quarterly(JsonSource body) throws IOException {
        return quarterly(body, true, null);
    }

    /** As {@link #annual(JsonSource, boolean, PeopleNames)}, for a quarterly request. */
    static QuarterlyRequest quarterly(JsonSource body, boolean keepNames, PeopleNames names) throws IOException {
        FieldReader reader = new FieldReader();
        Lists lists = new Lists(reader, keepNames, names);
        JsonSource.TopLevel top = body.read(Shape.QUARTERLY, lists.handlers(true));
        reader.rejectAll(top.problems());
        Integer year = reader.integer(top.fields(), "", "year", true, MIN_YEAR, MAX_YEAR);
        Integer quarter = reader.integer(top.fields(), "", "quarter", true, 1, 4);
        People people = lists.people(top);
        // the records are checked beside the rankings (both refer to the people, neither to the
        // other), their problems joined after the rankings' as if checked in turn
        int lastQuarter = quarter == null ? 4 : quarter;
        Supplier<FieldReader> records = ElementPipeline.beside(() -> {
            FieldReader recordsReader = lists.checkRecordIds(top, new FieldReader());
            lists.checkRecordReferences(people, year, lastQuarter, recordsReader);
            return recordsReader;
        });
        lists.checkAssessments(top, people);
        reader.rejectAll(records.get().problems());
        reader.throwIfInvalid();
        return new QuarterlyRequest(year, quarter, people.units(), people.cadres(), lists.assessments(), lists.records());
    }

    /**
     * The arrays of a request, read element by element (each checked on its own as it arrives)
     * and then checked together: duplicate ids, cadres of unknown units, records of unknown
     * subjects or later than the decided period, rankings of unknown units or cadres.
     */
    private static final class Lists {

        /** The fewest records whose references are checked in two halves at once ({@link #checkRecordReferences}). */
        private static final int HALVES_FROM = 20_000;

        private final FieldReader reader;
        private final boolean keepNames;
        private final PeopleNames names;
        private final List<UnitInput> units = new ArrayList<>();
        private final List<CadreInput> cadres = new ArrayList<>();
        private final List<RecordInput> records = new ArrayList<>();
        private final List<AssessmentInput> assessments = new ArrayList<>();

        Lists(FieldReader reader, boolean keepNames, PeopleNames names) {
            this.reader = reader;
            this.keepNames = keepNames;
            this.names = names;
        }

        Map<String, BiConsumer<JsonNode, Integer>> handlers(boolean quarterly) {
            Map<String, BiConsumer<JsonNode, Integer>> handlers = new HashMap<>();
            handlers.put("units", reader.elements("units", units, (fields, node, pointer) -> unit(fields, node, pointer, keepNames, names)));
            handlers.put("cadres", reader.elements("cadres", cadres, (fields, node, pointer) -> cadre(fields, node, pointer, keepNames, names)));
            handlers.put("records", reader.elements("records", records, RequestChecks::record));
            if (quarterly) {
                handlers.put("assessments", reader.elements("assessments", assessments, RequestChecks::assessment));
            }
            return handlers;
        }

        People people(JsonSource.TopLevel top) {
            reader.requireArray(top, "units");
            reader.requireArray(top, "cadres");
            Map<String, String> unitIds = reader.rejectDuplicates(ids(units, UnitInput::id), "/units", "unit");
            Map<String, String> cadreIds = reader.rejectDuplicates(ids(cadres, CadreInput::id), "/cadres", "cadre");
            for (int i = 0; i < cadres.size(); i++) {
                CadreInput cadre = cadres.get(i);
                if (cadre != null && cadre.unitId() != null && !unitIds.containsKey(cadre.unitId())) {
                    reader.reject("/cadres/" + i + "/unitId", "unknown unit '" + cadre.unitId() + "'");
                }
            }
            return new People(present(units), present(cadres), unitIds, cadreIds);
        }

        /** The records must be an array with no id twice; the problems go to {@code reader}, which is returned. */
        FieldReader checkRecordIds(JsonSource.TopLevel top, FieldReader reader) {
            reader.requireArray(top, "records");
            reader.rejectDuplicates(ids(records, RecordInput::id), "/records", "record");
            return reader;
        }

        /**
         * A record must be about a cadre or unit of the request and may not be later than the
         * decided period ({@code year}, {@code lastQuarter}); earlier ones are accepted. The problems
         * go to {@code reader}. A record's {@code subjectId} becomes its subject's own id string: a
         * province's 150,000 records would otherwise keep as many copies of cadre ids alive through
         * the decision (48 bytes each), found here by the lookup the check makes anyway.
         * From {@link #HALVES_FROM} records on, the second half is checked beside the first (on the
         * checks' pool), its problems joined after the first's as if checked in turn: the lookups in a
         * table of every cadre's id mostly wait for memory, and 1,000,000 cadres' 751,000 records took
         * about 300 ms one after another (in-process, JFR).
         */
        void checkRecordReferences(People people, Integer year, int lastQuarter, FieldReader reader) {
            int half = records.size() >= HALVES_FROM ? records.size() / 2 : records.size();
            Supplier<FieldReader> second = half == records.size() ? null : ElementPipeline.beside(
                    () -> checkRecordReferences(people, year, lastQuarter, half, records.size(), new FieldReader()));
            checkRecordReferences(people, year, lastQuarter, 0, half, reader);
            if (second != null) {
                reader.rejectAll(second.get().problems());
            }
        }

        /** Checks the records {@code from} (inclusive) {@code to} (exclusive); the problems go to {@code reader}, which is returned. */
        private FieldReader checkRecordReferences(People people, Integer year, int lastQuarter, int from, int to,
                FieldReader reader) {
            for (int i = from; i < to; i++) {
                RecordInput record = records.get(i);
                if (record == null) {
                    continue;
                }
                if (record.subjectType() != null && record.subjectId() != null) {
                    String subjectId = (record.subjectType().equals(CADRE) ? people.cadreIds() : people.unitIds())
                            .get(record.subjectId());
                    if (subjectId == null) {
                        reader.reject("/records/" + i + "/subjectId",
                                "unknown " + record.subjectType().toLowerCase() + " '" + record.subjectId() + "'");
                    } else if (subjectId != record.subjectId()) { // the same id in another string
                        records.set(i, record.about(subjectId));
                    }
                }
                boolean dated = record.year() != 0 && record.quarter() != 0;
                if (year != null && dated && (record.year() > year
                        || (record.year() == year.intValue() && record.quarter() > lastQuarter))) {
                    reader.reject("/records/" + i + "/year", "the record (" + record.year() + " Q" + record.quarter()
                            + ") is later than the period decided (" + year + " Q" + lastQuarter + ")");
                }
            }
            return reader;
        }

        void checkAssessments(JsonSource.TopLevel top, People people) {
            reader.requireArray(top, "assessments");
            reader.rejectDuplicates(ids(assessments, AssessmentInput::id), "/assessments", "assessment");
            for (int i = 0; i < assessments.size(); i++) {
                AssessmentInput assessment = assessments.get(i);
                if (assessment == null) {
                    continue;
                }
                if (assessment.leadUnitId() != null && !people.unitIds().containsKey(assessment.leadUnitId())) {
                    reader.reject("/assessments/" + i + "/leadUnitId", "unknown unit '" + assessment.leadUnitId() + "'");
                }
                Set<String> members = new HashSet<>();
                for (int m = 0; m < assessment.group().size(); m++) {
                    String cadreId = assessment.group().get(m).cadreId();
                    if (cadreId == null) {
                        continue;
                    }
                    if (!people.cadreIds().containsKey(cadreId)) {
                        reader.reject("/assessments/" + i + "/group/" + m + "/cadreId", "unknown cadre '" + cadreId + "'");
                    }
                    if (!members.add(cadreId)) {
                        reader.reject("/assessments/" + i + "/group/" + m + "/cadreId",
                                "cadre '" + cadreId + "' is listed twice in the group");
                    }
                }
            }
        }

        List<RecordInput> records() {
            return present(records);
        }

        List<AssessmentInput> assessments() {
            return present(assessments);
        }
    }

    /** A unit; its name is checked, kept in the input only when {@code keepName}, and added to {@code names} (unless null). */
    private static UnitInput unit(FieldReader reader, JsonNode node, String pointer, boolean keepName, PeopleNames names) {
        reader.allowOnly(node, pointer, Shape.UNIT);
        String id = reader.sharedText(node, pointer, "id", true);
        String name = reader.text(node, pointer, "name", true);
        if (names != null) {
            names.addUnit(name);
        }
        return new UnitInput(id, keepName ? name : null, reader.oneOf(node, pointer, "kind", UNIT_KINDS, null));
    }

    /** A cadre; its name is checked, kept in the input only when {@code keepName}, and added to {@code names} (unless null). */
    private static CadreInput cadre(FieldReader reader, JsonNode node, String pointer, boolean keepName, PeopleNames names) {
        reader.allowOnly(node, pointer, Shape.CADRE);
        String id = reader.text(node, pointer, "id", true);
        String name = reader.text(node, pointer, "name", true);
        if (names != null) {
            names.addCadre(name);
        }
        return new CadreInput(id, keepName ? name : null, reader.sharedText(node, pointer, "unitId", true),
                reader.oneOf(node, pointer, "managedBy", MANAGERS, null));
    }

    private static RecordInput record(FieldReader reader, JsonNode node, String pointer) {
        reader.allowOnly(node, pointer, Shape.RECORD);
        String subjectType = reader.oneOf(node, pointer, "subjectType", SUBJECT_TYPES, null);
        String subjectId = reader.text(node, pointer, "subjectId", true);
        Integer year = reader.integer(node, pointer, "year", true, MIN_YEAR, MAX_YEAR);
        Integer quarter = reader.integer(node, pointer, "quarter", true, 1, 4);
        return new RecordInput(reader.text(node, pointer, "id", true), subjectType, subjectId,
                reader.oneOf(node, pointer, "type", RECORD_TYPES, null), year == null ? 0 : year,
                quarter == null ? 0 : quarter, reader.sharedText(node, pointer, "keyWork", false),
                reader.sharedText(node, pointer, "indicator", true), reader.oneOf(node, pointer, "status", STATUSES, ACTIVE));
    }

    private static AssessmentInput assessment(FieldReader reader, JsonNode node, String pointer) {
        reader.allowOnly(node, pointer, Shape.ASSESSMENT);
        Integer rankedCount = reader.integer(node, pointer, "rankedCount", true, 1, MAX_RANKED);
        int maxRank = rankedCount == null ? MAX_RANKED : rankedCount;
        Integer rank = reader.integer(node, pointer, "rank", true, 1, maxRank);
        Integer targetRank = reader.integer(node, pointer, "targetRank", false, 1, maxRank);
        String leadUnitId = reader.text(node, pointer, "leadUnitId", true);
        List<AssessmentInput.GroupMemberInput> group = reader.array(node, "group", true, (member, at) -> {
            reader.allowOnly(member, pointer + at, Shape.GROUP_MEMBER);
            return new AssessmentInput.GroupMemberInput(reader.text(member, pointer + at, "cadreId", true),
                    reader.oneOf(member, pointer + at, "role", ROLES, null));
        }, pointer);
        return new AssessmentInput(reader.text(node, pointer, "id", true), reader.text(node, pointer, "keyWork", true),
                reader.text(node, pointer, "task", true), reader.text(node, pointer, "indicator", true),
                rank == null ? 0 : rank, maxRank, targetRank, leadUnitId,
                group.stream().filter(Objects::nonNull).toList());
    }

    static StepDownRequest stepDown(JsonNode body) {
        return stepDown(body, List.of());
    }

    /** A step-down application; {@code problems} are the duplicate keys found while reading it. */
    static StepDownRequest stepDown(JsonNode body, List<InvalidField> problems) {
        FieldReader reader = new FieldReader();
        reader.rejectAll(problems);
        reader.requireObject(body, "");
        reader.throwIfInvalid();
        reader.allowOnly(body, "", Shape.STEP_DOWN);
        JsonNode cadre = body.get("cadre");
        CadreInput input = null;
        if (cadre == null || !cadre.isObject()) {
            reader.reject("/cadre", cadre == null ? "is required" : "must be a JSON object");
        } else {
            reader.allowOnly(cadre, "/cadre", Shape.CADRE);
            input = new CadreInput(reader.text(cadre, "/cadre", "id", true), reader.text(cadre, "/cadre", "name", true),
                    reader.text(cadre, "/cadre", "unitId", true), reader.oneOf(cadre, "/cadre", "managedBy", MANAGERS, null));
        }
        Boolean unitOpinionSigned = reader.bool(body, "", "unitOpinionSigned");
        Boolean leaderApproved = reader.bool(body, "", "leaderApproved");
        reader.throwIfInvalid();
        return new StepDownRequest(input, unitOpinionSigned, leaderApproved);
    }

    /** The units and cadres of a request, with the ids that records and rankings may name. */
    record People(List<UnitInput> units, List<CadreInput> cadres, Map<String, String> unitIds, Map<String, String> cadreIds) {
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        List<String> ids = new ArrayList<>(items.size());
        items.forEach(item -> ids.add(item == null ? null : id.apply(item)));
        return ids;
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }

    /** A tree has nothing to read from a stream: its I/O cannot fail. */
    private static <T> T unchecked(IoSupplier<T> check) {
        try {
            return check.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
