package com.meritarchive.ruleset;

import java.util.SortedMap;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

/**
 * A rule set ready to decide: its KieBase with the id and sha256 every answer reports, and the
 * number of rules each file contributed (a spreadsheet Drools skipped would show as a file
 * with fewer rules than rows). {@code releaseId} names the build, which is no longer in Drools'
 * repository once the KieBase exists. {@code codes} are the words of its tables and the Chinese
 * names of its outcomes.
 */
public record CompiledRuleSet(String id, String sha256, KieBase kieBase, SortedMap<String, Integer> rulesPerFile,
        ReleaseId releaseId, CodeLists codes) {

    /** The id of a rule set is the start of its sha256: content-addressed, stable across restarts. */
    public static String idOf(String sha256) {
        return sha256.substring(0, 12);
    }

    public int ruleCount() {
        return rulesPerFile.values().stream().mapToInt(Integer::intValue).sum();
    }
}
