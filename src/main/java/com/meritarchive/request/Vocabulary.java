package com.meritarchive.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes a request may use, defined once for the decision endpoints, the simulations and the
 * scenario workbooks (CONTRACT.md "JSON shapes"). They are the contract's vocabulary, not policy:
 * which roles earn records, and which codes an outcome has, are in the decision tables.
 */
public final class Vocabulary {

    public static final String CADRE = "CADRE";
    public static final String UNIT = "UNIT";
    public static final List<String> SUBJECT_TYPES = List.of(CADRE, UNIT);

    public static final String PERFORMANCE = "PERFORMANCE";
    public static final String PROBLEM_TRACE = "PROBLEM_TRACE";
    public static final List<String> RECORD_TYPES = List.of(PERFORMANCE, PROBLEM_TRACE);

    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";
    public static final List<String> STATUSES = List.of(ACTIVE, CANCELLED);

    public static final String COUNTY = "COUNTY";
    public static final String STATIONED = "STATIONED";
    public static final List<String> UNIT_KINDS = List.of(COUNTY, STATIONED);

    public static final String ORG_DEPT = "ORG_DEPT";
    public static final String HR_BUREAU = "HR_BUREAU";
    public static final List<String> MANAGERS = List.of(ORG_DEPT, HR_BUREAU);

    /** Who a result is filed with or sent to (Routing.drl.xlsx 送达对象; the documents' {@code recipient}). */
    public static final String DISCIPLINE_COMMISSION = "DISCIPLINE_COMMISSION";
    public static final List<String> RECIPIENTS = List.of(ORG_DEPT, HR_BUREAU, DISCIPLINE_COMMISSION);
    /** The recipient of a public notice (公示): the routing table's 公示 column, not a 送达对象. */
    public static final String PUBLIC = "PUBLIC";

    /**
     * The recipients' Chinese names (POLICY.md "Filing and public notice"), for documents and for
     * messages that show a route: the code workbook's 送达对象 words are these.
     */
    public static final Map<String, String> RECIPIENT_NAMES = recipientNames();

    public static final List<String> ROLES = List.of("LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER");

    /** Years a request may name: from the People's Republic to a generous future. */
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2999;

    /** Ranks and ranked counts stay below this (a city ranks ten counties; a province a hundred). */
    public static final int MAX_RANKED = 10_000;

    private Vocabulary() {
    }

    private static Map<String, String> recipientNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ORG_DEPT, "县委组织部");
        names.put(HR_BUREAU, "县人社局");
        names.put(DISCIPLINE_COMMISSION, "县纪委监察局");
        names.put(PUBLIC, "公示");
        return Collections.unmodifiableMap(names);
    }
}
