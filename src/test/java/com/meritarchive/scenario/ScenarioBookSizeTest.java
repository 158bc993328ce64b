package com.meritarchive.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.HugeWorkbook;
import org.junit.jupiter.api.Test;

class ScenarioBookSizeTest {

    @Test
    void shouldRefuseAScenarioWorkbookOfTwoMillionCellsBeforeReadingIt() throws Exception {
        PoiLimits.apply();
        byte[] workbook = HugeWorkbook.twoMillionCells();
        assertThatThrownBy(() -> ScenarioBook.read("huge.scenarios.xlsx", workbook, null))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("工作簿太大：huge.scenarios.xlsx");
    }
}
