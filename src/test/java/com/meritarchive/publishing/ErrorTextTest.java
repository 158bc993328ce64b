package com.meritarchive.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.scenario.ScenarioReport.ScenarioFailure;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Errors, scenario failures and file differences as the pages word them. */
class ErrorTextTest {

    @Test
    void shouldNameTheSheetAndCellOfASpreadsheetError() {
        assertThat(ErrorText.describe(new RuleSetError("Annual.drl.xlsx", "年度规则", 11, "E", "不是数字")))
                .isEqualTo("文件 Annual.drl.xlsx，工作表 年度规则，单元格 E11：不是数字");
    }

    @Test
    void shouldNameTheLineOfADrlError() {
        assertThat(ErrorText.describe(new RuleSetError("annual-vetoes.drl", null, 7, "0", "mismatched input")))
                .isEqualTo("文件 annual-vetoes.drl，第 7 行：mismatched input");
    }

    @Test
    void shouldNameOnlyTheFileOrNothingWhenThatIsAllThereIs() {
        assertThat(ErrorText.describe(RuleSetError.inFile("a.txt", "不支持的文件类型"))).isEqualTo("文件 a.txt：不支持的文件类型");
        assertThat(ErrorText.describe(RuleSetError.inFile("", "没有收到文件"))).isEqualTo("没有收到文件");
    }

    @Test
    void shouldNameTheRowOfAFailedScenario() {
        assertThat(ErrorText.describe(new ScenarioFailure("Policy.scenarios.xlsx", "年度场景", 3, "场景 A1-两次：C1 预期 ANNUAL_EXCELLENT")))
                .isEqualTo("文件 Policy.scenarios.xlsx，工作表 年度场景，第 3 行：场景 A1-两次：C1 预期 ANNUAL_EXCELLENT");
    }

    @Test
    void shouldListChangedAddedAndRemovedFiles() {
        SortedMap<String, byte[]> active = files("Annual.drl.xlsx", "old", "Quarterly.drl.xlsx", "same", "gone.drl", "x");
        SortedMap<String, byte[]> candidate = files("Annual.drl.xlsx", "new", "Quarterly.drl.xlsx", "same", "added.drl", "y");

        FileChanges changes = FileChanges.between(active, candidate);

        assertThat(changes.changed()).containsExactly("Annual.drl.xlsx");
        assertThat(changes.added()).containsExactly("added.drl");
        assertThat(changes.removed()).containsExactly("gone.drl");
        assertThat(changes.none()).isFalse();
        assertThat(FileChanges.between(active, active).none()).isTrue();
    }

    private static SortedMap<String, byte[]> files(String... namesAndContents) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void shouldLeaveOutTheEnglishNoteTheApiCarriesOrSayItInChinese() {
        assertThat(ErrorText.describe(RuleSetError.inFile("a.txt", "不支持的文件类型：只接受 .xlsx、.xls、.drl、.csv (wrong extension)")))
                .isEqualTo("文件 a.txt：不支持的文件类型：只接受 .xlsx、.xls、.drl、.csv");
        assertThat(ErrorText.describe(new ScenarioFailure("Policy.scenarios.xlsx", "季度场景", 4,
                "“档案季度”填写有误，请改正 (must be between 1 and 4, was 5)")))
                .isEqualTo("文件 Policy.scenarios.xlsx，工作表 季度场景，第 4 行：“档案季度”填写有误，请改正（必须在 1 到 4 之间，实际为 5）");
        assertThat(ErrorText.chinese("Unable to resolve ObjectType 'X'")).isEqualTo("Unable to resolve ObjectType 'X'");
    }
}
