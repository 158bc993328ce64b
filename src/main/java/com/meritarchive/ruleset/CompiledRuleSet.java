package com.meritarchive.ruleset;

import java.util.List;
import java.util.SortedMap;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

/**
 * A rule set ready to decide: its KieBase with the id and sha256 every answer reports, and the
 * number of rules each file contributed (a spreadsheet Drools skipped would show as a file
 * with fewer rules than rows). {@code releaseId} names the build, which is no longer in Drools'
 * repository once the KieBase exists. {@code codes} are the words of its tables and the Chinese
 * names of its outcomes; {@code tableRows} the rule rows of its decision tables as data
 * ({@link TableRow}), for what is said about a rule besides applying it.
 */
public record CompiledRuleSet(String id, String sha256, KieBase kieBase, SortedMap<String, Integer> rulesPerFile,
        ReleaseId releaseId, CodeLists codes, List<TableRow> tableRows) {

    /** The id of a rule set is the start of its sha256: content-addressed, stable across restarts. */
    public static String idOf(String sha256) {
        return sha256.substring(0, 12);
    }

    /** The table rows of a clause (a row named {@code A1}, or {@code A1 …}), in file and row order. */
    public List<TableRow> rowsOf(String clause) {
        return tableRows.stream().filter(row -> row.clause().equals(clause)).toList();
    }

    public int ruleCount() {
        return rulesPerFile.values().stream().mapToInt(Integer::intValue).sum();
    }
}
