package com.meritarchive.ruleset;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table into DRL with Drools' own {@link SpreadsheetCompiler}, and keeps what is
 * needed to report a problem in the generated DRL as a cell of the spreadsheet: the generated
 * DRL says "rule values at B11, header at B6" above each rule, and the workbook says on which
 * sheet a table with its header in row 6 lives.
 */
final class SpreadsheetTranslator {

    private static final Pattern RULE_VALUES = Pattern.compile("// rule values at ([A-Z]+)(\\d+), header at [A-Z]+(\\d+)");
    private static final Pattern RULE_TABLE = Pattern.compile("^\\s*RuleTable\\s", Pattern.CASE_INSENSITIVE);

    private SpreadsheetTranslator() {
    }

    /** A table translated to DRL; {@code locate} maps a DRL line to the spreadsheet cell it came from. */
    record Translation(String file, String drl, List<TableHeader> headers) {

        RuleSetError locate(int drlLine, String message) {
            String[] lines = drl.split("\n", -1);
            for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
                Matcher values = RULE_VALUES.matcher(lines[i]);
                if (values.find()) {
                    int headerRow = Integer.parseInt(values.group(3));
                    return new RuleSetError(file, sheetOf(headerRow), Integer.parseInt(values.group(2)),
                            values.group(1), message);
                }
            }
            return new RuleSetError(file, headers.size() == 1 ? headers.get(0).sheet() : null, null, null, message);
        }

        private String sheetOf(int headerRow) {
            return headers.stream().filter(h -> h.keywordRow() == headerRow).map(TableHeader::sheet).findFirst()
                    .orElse(headers.isEmpty() ? null : headers.get(0).sheet());
        }
    }

    /** Where a RuleTable starts: its sheet and the 1-based row of its keyword row (CONDITION, ACTION...). */
    record TableHeader(String sheet, int keywordRow) {
    }

    static Translation translate(String file, byte[] content) {
        boolean csv = file.toLowerCase().endsWith(".csv");
        List<TableHeader> headers = csv ? List.of() : findTables(file, content);
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), csv ? InputType.CSV : InputType.XLS);
        return new Translation(file, drl, headers);
    }

    private static List<TableHeader> findTables(String file, byte[] content) {
        List<TableHeader> headers = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && RULE_TABLE.matcher(cell.getStringCellValue()).find()) {
                            headers.add(new TableHeader(sheet.getSheetName(), row.getRowNum() + 2));
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile(file,
                    "无法读取此文件，请确认它是用 Excel、WPS 或 LibreOffice 保存的 .xlsx/.xls 工作簿 (cannot read workbook: "
                            + e.getMessage() + ")")));
        }
        return headers;
    }
}
