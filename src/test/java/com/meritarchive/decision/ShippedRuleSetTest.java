package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.RecordInput;
import com.meritarchive.testing.AnnualWorkbook;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/** The rule set the service ships: every rule of every file compiles, and it decides the same way every time. */
class ShippedRuleSetTest {

    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]*\"|[^\\s=]\\S*)");
    private static final int Y = 2017;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCompileEveryShippedFileWithTheExpectedNumberOfRules() {
        assertEquals(Map.ofEntries(Map.entry("Annual.drl.xlsx", 7), Map.entry("Quarterly.drl.xlsx", 9),
                Map.entry("StepDown.drl.xlsx", 4), Map.entry("Routing.drl.xlsx", 38), Map.entry("Warnings.drl.xlsx", 6),
                Map.entry("annual-derive.drl", 2), Map.entry("annual-vetoes.drl", 1), Map.entry("derive-runs.drl", 1),
                Map.entry("quarterly-derive.drl", 7), Map.entry("routing-terms.drl", 1), Map.entry("warnings.drl", 5)),
                AnnualRules.SHIPPED.rulesPerFile());
    }

    @Test
    void shouldCompileAsManyRulesPerFileAsTheFileDeclares() {
        Map<String, Integer> declared = new TreeMap<>();
        AnnualRules.shippedFiles().files().entrySet().stream()
                .filter(file -> !file.getKey().endsWith(".scenarios.xlsx") && !file.getKey().endsWith(".codes.xlsx")) // no rules there
                .forEach(entry -> declared.put(entry.getKey(), declarations(entry.getKey(), entry.getValue())));

        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "U1", "U2"), AnnualWorkbook.shipped().clauses());
        assertEquals(declared, AnnualRules.SHIPPED.rulesPerFile());
    }

    @Test
    void shouldGiveEqualAnswersWhenTheSameInputIsDecidedTwice() throws Exception {
        AnnualRules county = busyCounty();

        String first = json.writeValueAsString(county.decide(AnnualRules.SHIPPED));
        String second = json.writeValueAsString(county.decide(AnnualRules.SHIPPED));

        assertEquals(first, second);
        assertTrue(first.contains("\"UNIT_EXCELLENT_BARRED\""), first);
    }

    @Test
    void shouldGiveEqualAnswersWhateverTheOrderOfTheRecords() throws Exception {
        AnnualRequest request = busyCounty().request();
        List<RecordInput> reversed = new ArrayList<>(request.records());
        Collections.reverse(reversed);
        AnnualRequest reordered = new AnnualRequest(request.year(), request.units(), request.cadres(), reversed);

        assertEquals(json.writeValueAsString(new AnnualDecider().decide(request, AnnualRules.SHIPPED)),
                json.writeValueAsString(new AnnualDecider().decide(reordered, AnnualRules.SHIPPED)));
    }

    /** A county where every annual clause decides something, with evidence of several records. */
    private static AnnualRules busyCounty() {
        return new AnnualRules(Y).unit("S1", "STATIONED").unit("S2", "STATIONED").unit("K1", "COUNTY")
                .cadre("C1", "C1", "K1").cadre("C2", "C2", "K1").cadre("C3", "C3", "S1")
                .performance("C1", Y - 1, 4).performance("C1", Y, 1).performance("C1", Y, 2).performance("C1", Y, 2, "I2")
                .trace("C2", Y - 1, 4, "I1").trace("C2", Y, 1, "I1").trace("C2", Y, 1, "I2").trace("C2", Y, 3, "I3")
                .performance("C2", Y, 3).performance("C2", Y, 4)
                .performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3)
                .performance("S2", Y, 1).performance("S2", Y, 2).performance("S2", Y, 3)
                .trace("S2", Y, 3, "I1").trace("S2", Y, 4, "I2")
                .performance("K1", Y, 1).performance("K1", Y, 2).performance("K1", Y, 3);
    }

    /** The rules a file declares: its clause rows for the annual table, its rule declarations otherwise. */
    private static int declarations(String file, byte[] content) {
        if (file.equals(AnnualWorkbook.FILE)) {
            return AnnualWorkbook.shipped().clauses().size();
        }
        String drl = file.endsWith(".drl.xlsx")
                ? new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), InputType.XLS)
                : new String(content, StandardCharsets.UTF_8);
        return countDeclarations(drl);
    }

    private static int countDeclarations(String drl) {
        return (int) RULE_DECLARATION.matcher(drl).results().count();
    }
}
