package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import com.meritarchive.testing.OtherPrograms;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any program's save compiles the same: each shipped table, written the way another program
 * writes it, generates exactly the DRL Drools generates from the file as shipped.
 */
class TableFeedTest {

    static {
        PoiLimits.apply(); // before the first workbook below is read, as the service does at start
    }

    private static final SortedMap<String, byte[]> SHIPPED = AnnualWorkbook.shippedFiles();
    private static final CodeLists CODES = CodeLists.read(AnnualWorkbook.CODES, SHIPPED.get(AnnualWorkbook.CODES));

    static Stream<String> tables() {
        return SHIPPED.keySet().stream().filter(name -> name.endsWith(".drl.xlsx"));
    }

    static Stream<Arguments> tablesSavedByOtherPrograms() {
        return tables().flatMap(table -> OtherPrograms.saves().entrySet().stream()
                .map(save -> Arguments.of(table, save.getKey(), save.getValue())));
    }

    private static String drlOf(String table, byte[] content) {
        return SpreadsheetTranslator.translate(table, content, CODES).drl();
    }

    /** The shipped tables as they were before their cells took Chinese words: codes only, saved by Excel's rules. */
    static Stream<String> tablesWithCodes() {
        return Stream.of("Annual", "StepDown");
    }

    private static byte[] withCodes(String table) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/tables", table + "-codes.drl.xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesWithCodes")
    void shouldGenerateWhatDroolsGeneratesFromATableWrittenWithCodes(String table) throws Exception {
        String drools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(withCodes(table)), InputType.XLS);

        assertThat(SpreadsheetTranslator.translate(table + ".drl.xlsx", withCodes(table)).drl()).isEqualTo(drools);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesWithCodes")
    void shouldGenerateTheSameRulesFromChineseWordsAsFromTheirCodes(String table) throws Exception {
        String words = SpreadsheetTranslator.translate(table + ".drl.xlsx", SHIPPED.get(table + ".drl.xlsx"), CODES).drl();

        assertThat(words).isEqualTo(SpreadsheetTranslator.translate(table + ".drl.xlsx", withCodes(table)).drl());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("tablesSavedByOtherPrograms")
    void shouldGenerateTheSameDrlWhicheverProgramSavedTheTable(String table, String save, UnaryOperator<byte[]> resave) {
        byte[] saved = resave.apply(SHIPPED.get(table));

        assertThat(saved).isNotEqualTo(SHIPPED.get(table));
        assertThat(drlOf(table, saved)).isEqualTo(drlOf(table, SHIPPED.get(table)));
    }
}
