package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.HugeWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkbookSizeTest {

    @BeforeAll
    static void limits() {
        PoiLimits.apply();
    }

    @Test
    void shouldRefuseTwoMillionCellsInsideTheZipLimitsBeforePoiBuildsThem() throws Exception {
        byte[] workbook = HugeWorkbook.twoMillionCells();
        long start = System.nanoTime();
        assertThatThrownBy(() -> WorkbookCells.read("Annual.drl.xlsx", workbook))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.file()).isEqualTo("Annual.drl.xlsx");
                        assertThat(error.message()).startsWith("工作簿太大：Annual.drl.xlsx").contains("20000 行");
                    });
                });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("2.15 million cells, %.1f MB zipped: refused in %d ms%n", workbook.length / 1e6, millis);
        assertThat(millis).as("counting stops at the limit").isLessThan(5_000);
    }

    @Test
    void shouldRefuseTooManyCellsInFewerRowsThanTheRowLimit() throws Exception {
        byte[] workbook = HugeWorkbook.xlsx(15_000, 20);
        assertThatThrownBy(() -> WorkbookCells.read("wide.xlsx", workbook))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("工作簿太大");
    }

    @Test
    void shouldRefuseAnOldXlsWithTooManyRows() throws Exception {
        byte[] workbook = HugeWorkbook.xls(25_000, 2);
        assertThatThrownBy(() -> WorkbookCells.read("old.xls", workbook))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("工作簿太大：old.xls");
    }

    @Test
    void shouldReadAWorkbookJustInsideTheLimits() throws Exception {
        byte[] workbook = HugeWorkbook.xlsx(PoiLimits.MAX_ROWS, PoiLimits.MAX_CELLS / PoiLimits.MAX_ROWS);
        assertThat(WorkbookCells.read("edge.xlsx", workbook).sheets().get(0).rows()).hasSize(PoiLimits.MAX_ROWS);
    }

    @Test
    void shouldLeaveAZipBombToPoisOwnLimit() throws Exception {
        assertThatThrownBy(() -> WorkbookCells.read("bomb.xlsx", ZipBomb.workbook()))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("压缩炸弹");
    }
}
