package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("\\bcell ([A-Z]{1,3})(\\d+)", Pattern.CASE_INSENSITIVE);

    private SpreadsheetTranslator() {
    }

    /** A table translated to DRL; {@code locate} maps a DRL line to the spreadsheet cell it came from. */
    record Translation(String file, String drl, List<WorkbookScan.TableHeader> headers,
            Map<String, Map<Integer, Map<String, String>>> cells, List<RuleTable> tables) {

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
         * The cell a rejected name of the generated DRL came from ({@link DrlCodeCheck}): the value
         * cell of the rule's row that holds it, else the table's hidden code (or object type, keyword) cell
         * that does, else any cell of the workbook that does (the RuleSet's Import or Functions cells).
         */
        RuleSetError locateCode(int drlLine, String name, String message) {
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
            String[] lines = drl.split("\n", -1);
            for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
                Matcher values = RULE_VALUES.matcher(lines[i]);
                if (values.find()) {
                    int header = Integer.parseInt(values.group(3));
                    String sheet = sheetOf(header);
                    int row = Integer.parseInt(values.group(2));
                    for (int candidate : List.of(row, header + 3, header + 2, header + 1)) { // values, code, object type, keywords
                        Optional<String> column = cellWith(sheet, candidate, word);
                        if (column.isPresent()) {
                            return new RuleSetError(file, sheet, candidate, column.get(), message);
                        }
                    }
                    return new RuleSetError(file, sheet, row, values.group(1), message);
                }
            }
            for (var sheet : cells.entrySet()) {
                for (int row : sheet.getValue().keySet().stream().sorted().toList()) {
                    Optional<String> column = cellWith(sheet.getKey(), row, word);
                    if (column.isPresent()) {
                        return new RuleSetError(file, sheet.getKey(), row, column.get(), message);
                    }
                }
            }
            return new RuleSetError(file, headers.size() == 1 ? headers.get(0).sheet() : null, null, null, message);
        }

        private Optional<String> cellWith(String sheet, int row, Pattern word) {
            return cells.getOrDefault(sheet, Map.of()).getOrDefault(row, Map.of()).entrySet().stream()
                    .filter(cell -> word.matcher(cell.getValue()).find())
                    .map(Map.Entry::getKey)
                    .min(Comparator.comparingInt(CellReference::convertColStringToIndex));
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
            return headers.stream().filter(h -> h.keywordRow() == headerRow).map(WorkbookScan.TableHeader::sheet).findFirst()
                    .orElse(headers.isEmpty() ? null : headers.get(0).sheet());
        }
    }

    /** A table whose cells hold codes only (a rule set without a code workbook). */
    static Translation translate(String file, byte[] content) {
        return translate(file, content, CodeLists.NONE);
    }

    /**
     * Translates a table: its words become codes ({@code codes}), then Drools generates the DRL of
     * its first sheet (Drools reads no other). Problems found before Drools reads it are thrown
     * with their cells.
     */
    static Translation translate(String file, byte[] content, CodeLists codes) {
        if (file.toLowerCase().endsWith(".csv")) {
            return translateCsv(file, content);
        }
        WorkbookCells workbook = WorkbookCells.read(file, content);
        WorkbookScan scan = WorkbookScan.of(file, workbook);
        if (!scan.problems.isEmpty()) {
            throw new RuleSetInvalidException(scan.problems);
        }
        List<RuleSetError> errors = new ArrayList<>();
        SheetCells first = workbook.sheets().get(0);
        SheetCells translated = TableWords.translate(file, first, TableWords.tablesOf(first, scan.headers), codes, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetInvalidException(errors);
        }
        String drl;
        try {
            drl = TableFeed.drlOf(translated);
        } catch (RuntimeException e) {
            throw new RuleSetInvalidException(List.of(structuralError(file, scan, e)));
        }
        return new Translation(file, drl, scan.headers, scan.cells, TableWords.tablesOf(translated, scan.headers));
    }

    /** A CSV table has one way to be written: Drools reads it as it is. */
    private static Translation translateCsv(String file, byte[] content) {
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), InputType.CSV);
            return new Translation(file, drl, List.of(), Map.of(), List.of());
        } catch (RuntimeException e) {
            throw new RuleSetInvalidException(List.of(structuralError(file, null, e)));
        }
    }

    /** Drools throws structural errors ("No code snippet for CONDITION in cell C9"): keep the cell it names. */
    private static RuleSetError structuralError(String file, WorkbookScan scan, RuntimeException e) {
        String detail = rootMessage(e);
        String message = "决策表结构有误，请对照原表检查此单元格 (decision table is malformed: " + detail + ")";
        Matcher cell = CELL_IN_MESSAGE.matcher(detail);
        if (cell.find() && scan != null && !scan.headers.isEmpty()) {
            int row = Integer.parseInt(cell.group(2));
            WorkbookScan.TableHeader table = scan.headers.stream().filter(h -> h.keywordRow() <= row)
                    .reduce((first, second) -> second).orElse(scan.headers.get(0));
            return new RuleSetError(file, table.sheet(), row, emptyCodeCell(scan, table, row).orElse(cell.group(1)), message);
        }
        return RuleSetError.inFile(file, message);
    }

    /**
     * Drools names the first cell of a pattern that spans several columns; the cell actually
     * empty is the one of that row under a CONDITION or ACTION keyword.
     */
    private static Optional<String> emptyCodeCell(WorkbookScan scan, WorkbookScan.TableHeader table, int row) {
        if (row != table.keywordRow() + 2) {
            return Optional.empty();
        }
        Map<Integer, Map<String, String>> rows = scan.cells.getOrDefault(table.sheet(), Map.of());
        Map<String, String> codes = rows.getOrDefault(row, Map.of());
        return rows.getOrDefault(table.keywordRow(), Map.of()).entrySet().stream()
                .filter(k -> k.getValue().strip().matches("(?i)CONDITION|ACTION"))
                .map(Map.Entry::getKey)
                .filter(column -> !codes.containsKey(column))
                .sorted(Comparator.comparingInt(CellReference::convertColStringToIndex))
                .findFirst();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
