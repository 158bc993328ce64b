package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** A simulation names outcomes as the versions' code workbooks do, so a new outcome is named without a Java change. */
class OutcomeLabelsTest {

    @Test
    void shouldNameANewOutcomeFromTheCandidatesCodeWorkbook() {
        RuleSetCompiler compiler = new RuleSetCompiler();
        CompiledRuleSet baseline = compiler.compile(new RuleSetFiles(AnnualWorkbook.shippedFiles()));
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.putAll(AnnualWorkbook.codesWithOutcome("PROVINCIAL_COMMENDATION_NOMINEE", "推荐省级表彰"));
        CompiledRuleSet candidate = compiler.compile(new RuleSetFiles(files));

        OutcomeLabels labels = OutcomeLabels.of(baseline, candidate);

        assertThat(labels.describe("PROVINCIAL_COMMENDATION_NOMINEE")).isEqualTo("PROVINCIAL_COMMENDATION_NOMINEE（推荐省级表彰）");
        assertThat(labels.label("ANNUAL_EXCELLENT")).isEqualTo("年度考核直接评为优秀");
        assertThat(labels.describe("UNKNOWN_CODE")).isEqualTo("UNKNOWN_CODE");
    }
}
