package com.meritarchive.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import com.meritarchive.testing.OtherPrograms;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any program's save compiles the same: every shipped workbook opened and saved by LibreOffice
 * (headless, as a policy officer's copy of LibreOffice would) or by a library that writes only the
 * top-left cell of each merged range compiles to the same rules and passes the same scenarios,
 * and keeps its dropdowns.
 */
class WorkbookRoundTripIT {

    private static final SortedMap<String, byte[]> SHIPPED = AnnualWorkbook.shippedFiles();
    private static final ScenarioRunner SCENARIOS = new ScenarioRunner(new AnnualDecider(), new QuarterlyDecider(),
            new StepDownDecider(), new com.meritarchive.decision.Router(), new com.meritarchive.system.TimeBudget(java.time.Duration.ofSeconds(10)));

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    /** Opens and saves {@code files} with LibreOffice, as Calc does when a user presses Save (format kept: xlsx). */
    private static SortedMap<String, byte[]> savedByLibreOffice(SortedMap<String, byte[]> files, Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        for (var file : files.entrySet()) {
            if (file.getKey().endsWith(".xlsx")) {
                Files.write(in.resolve(file.getKey()), file.getValue());
                command.add(in.resolve(file.getKey()).toString());
            }
        }
        Process soffice;
        try {
            soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
        } catch (java.io.IOException e) {
            throw new AssertionError("LibreOffice is needed: apt-get install -y libreoffice-calc (.ci/run installs it)", e);
        }
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        SortedMap<String, byte[]> saved = new TreeMap<>(files);
        for (var file : files.entrySet()) {
            if (file.getKey().endsWith(".xlsx")) {
                byte[] resaved = Files.readAllBytes(out.resolve(file.getKey()));
                assertThat(resaved).as(file.getKey() + " saved by LibreOffice").isNotEqualTo(file.getValue());
                saved.put(file.getKey(), resaved);
            }
        }
        return saved;
    }

    private static void assertSameRulesAndScenarios(SortedMap<String, byte[]> saved) {
        RuleSetCompiler compiler = new RuleSetCompiler();
        CompiledRuleSet shipped = compiler.compile(new RuleSetFiles(SHIPPED));
        CompiledRuleSet resaved = compiler.compile(new RuleSetFiles(saved));

        assertThat(resaved.rulesPerFile()).isEqualTo(shipped.rulesPerFile());
        assertThat(resaved.codes().outcomeNames()).isEqualTo(shipped.codes().outcomeNames());
        ScenarioReport expected = SCENARIOS.run(new RuleSetFiles(SHIPPED), shipped);
        ScenarioReport report = SCENARIOS.run(new RuleSetFiles(saved), resaved);
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isEqualTo(expected.passed()).isPositive();
    }

    @Test
    void shouldCompileTheSameRulesAndPassTheSameScenariosAfterLibreOfficeSavesEveryWorkbook(@TempDir Path dir)
            throws Exception {
        SortedMap<String, byte[]> saved = savedByLibreOffice(SHIPPED, dir);

        assertSameRulesAndScenarios(saved);
        for (String table : List.of("Annual.drl.xlsx", "Quarterly.drl.xlsx", "StepDown.drl.xlsx")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(saved.get(table)))) {
                assertThat(book.getSheetAt(0).getDataValidations()).as(table + " keeps its dropdowns").isNotEmpty();
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(saved.get("Policy.scenarios.xlsx")))) {
            assertThat(book.getSheet(ScenarioBook.ROUTING).getDataValidations()).as("公示备案场景 keeps its dropdowns")
                    .hasSize(4);
        }
    }

    @Test
    void shouldCompileTheSameRulesAndPassTheSameScenariosWhenOnlyTopLeftCellsOfMergedRangesAreWritten() {
        SortedMap<String, byte[]> saved = new TreeMap<>(SHIPPED);
        SHIPPED.forEach((name, content) -> {
            if (name.endsWith(".xlsx")) {
                saved.put(name, OtherPrograms.topLeftOnly(content));
            }
        });

        assertSameRulesAndScenarios(saved);
    }
}
