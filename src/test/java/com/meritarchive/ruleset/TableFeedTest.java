package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import com.meritarchive.testing.OtherPrograms;
import java.io.ByteArrayInputStream;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any program's save compiles the same: each shipped table, written the way another program
 * writes it, generates exactly the DRL Drools generates from the file as shipped.
 */
class TableFeedTest {

    private static final SortedMap<String, byte[]> SHIPPED = AnnualWorkbook.shippedFiles();

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    static Stream<String> tables() {
        return SHIPPED.keySet().stream().filter(name -> name.endsWith(".drl.xlsx"));
    }

    static Stream<Arguments> tablesSavedByOtherPrograms() {
        return tables().flatMap(table -> OtherPrograms.saves().entrySet().stream()
                .map(save -> Arguments.of(table, save.getKey(), save.getValue())));
    }

    private static String drlOf(String table, byte[] content) {
        return SpreadsheetTranslator.translate(table, content).drl();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void shouldGenerateWhatDroolsGeneratesFromTheShippedFile(String table) {
        String drools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(SHIPPED.get(table)), InputType.XLS);

        assertThat(drlOf(table, SHIPPED.get(table))).isEqualTo(drools);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("tablesSavedByOtherPrograms")
    void shouldGenerateTheSameDrlWhicheverProgramSavedTheTable(String table, String save, UnaryOperator<byte[]> resave) {
        byte[] saved = resave.apply(SHIPPED.get(table));

        assertThat(saved).isNotEqualTo(SHIPPED.get(table));
        assertThat(drlOf(table, saved)).isEqualTo(drlOf(table, SHIPPED.get(table)));
    }
}
