package com.meritarchive.ruleset;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
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
    private static final Pattern ANALYSED_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern QUOTED_FRAGMENT = Pattern.compile("'([^']+)'");
    private static final Pattern RULE_TABLE = Pattern.compile("^\\s*RuleTable\\s", Pattern.CASE_INSENSITIVE);

    private SpreadsheetTranslator() {
    }

    /** A table translated to DRL; {@code locate} maps a DRL line to the spreadsheet cell it came from. */
    record Translation(String file, String drl, List<TableHeader> headers, Map<String, Map<Integer, Map<String, String>>> cells) {

        /**
         * The cell a DRL compile message is about: the row comes from the generated rule's
         * comment; the column is the cell of that row whose text the message quotes (Drools
         * quotes the broken expression), else the row's first value cell.
         */
        RuleSetError locate(int drlLine, String message) {
            String[] lines = drl.split("\n", -1);
            int line = drlLine > 0 ? drlLine : lineQuotedBy(lines, message);
            for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
                Matcher values = RULE_VALUES.matcher(lines[i]);
                if (values.find()) {
                    String sheet = sheetOf(Integer.parseInt(values.group(3)));
                    int row = Integer.parseInt(values.group(2));
                    return new RuleSetError(file, sheet, row, quotedColumn(sheet, row, message).orElse(values.group(1)),
                            message);
                }
            }
            return new RuleSetError(file, headers.size() == 1 ? headers.get(0).sheet() : null, null, null, message);
        }

        /**
         * A message without a line (MVEL's "Unable to Analyse Expression X") still quotes the
         * expression: its line is the generated line that contains it.
         */
        private static int lineQuotedBy(String[] lines, String message) {
            Matcher expression = ANALYSED_EXPRESSION.matcher(message);
            if (expression.find()) {
                String quoted = expression.group(1).strip();
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(quoted)) {
                        return i + 1;
                    }
                }
            }
            return 0;
        }

        /** The cell of the row that holds a fragment Drools quoted ('000' of 1,000,000), else the longest cell text it quotes. */
        private Optional<String> quotedColumn(String sheet, int row, String message) {
            Map<String, String> rowCells = cells.getOrDefault(sheet, Map.of()).getOrDefault(row, Map.of());
            Matcher fragment = QUOTED_FRAGMENT.matcher(message);
            while (fragment.find()) {
                String quoted = fragment.group(1);
                Optional<String> holder = rowCells.entrySet().stream()
                        .filter(cell -> !quoted.isBlank() && cell.getValue().contains(quoted))
                        .map(Map.Entry::getKey).findFirst();
                if (holder.isPresent()) {
                    return holder;
                }
            }
            return rowCells.entrySet().stream()
                    .filter(cell -> !cell.getValue().isBlank() && message.contains(cell.getValue()))
                    .max(Comparator.comparingInt(cell -> cell.getValue().length()))
                    .map(Map.Entry::getKey);
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
        List<TableHeader> headers = new ArrayList<>();
        Map<String, Map<Integer, Map<String, String>>> cells = new HashMap<>();
        if (!csv) {
            readWorkbook(file, content, headers, cells);
        }
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), csv ? InputType.CSV : InputType.XLS);
        return new Translation(file, drl, headers, cells);
    }

    /** Finds the RuleTables of each sheet and keeps every cell's text as Excel shows it, by sheet, row and column. */
    private static void readWorkbook(String file, byte[] content, List<TableHeader> headers,
            Map<String, Map<Integer, Map<String, String>>> cells) {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                Map<Integer, Map<String, String>> rows = cells.computeIfAbsent(sheet.getSheetName(), k -> new HashMap<>());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        rows.computeIfAbsent(row.getRowNum() + 1, k -> new HashMap<>())
                                .put(CellReference.convertNumToColString(cell.getColumnIndex()), text);
                        if (cell.getCellType() == CellType.STRING && RULE_TABLE.matcher(text).find()) {
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
    }
}
