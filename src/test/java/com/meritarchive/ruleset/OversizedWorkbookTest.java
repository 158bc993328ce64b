package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A workbook that inflates (or claims to inflate) beyond the limits gets the README's Chinese message, not POI's. */
class OversizedWorkbookTest {

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    private static RuleSetError errorOf(byte[] table) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(AnnualWorkbook.FILE, table);
        try {
            new RuleSetCompiler().compile(new RuleSetFiles(files));
        } catch (RuleSetInvalidException e) {
            return e.errors().get(0);
        }
        throw new AssertionError("compiled");
    }

    @Test
    void shouldExplainAnEntryThatClaimsAGigabyteInChinese() throws Exception {
        RuleSetError error = errorOf(ZipBomb.declaredHuge());

        assertThat(error.file()).isEqualTo(AnnualWorkbook.FILE);
        assertThat(error.message()).startsWith("文件解压后过大").doesNotContain("Tried to allocate").doesNotContain("1,207");
    }

    @Test
    void shouldExplainAZipBombInChinese() throws Exception {
        assertThat(errorOf(ZipBomb.workbook()).message()).startsWith("文件解压后过大");
    }
}
