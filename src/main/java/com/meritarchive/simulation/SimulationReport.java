package com.meritarchive.simulation;

import com.meritarchive.request.Vocabulary;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import com.meritarchive.web.SpreadsheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The simulation as a workbook policy staff open in Excel: a summary sheet (汇总) with one row
 * per outcome code, and a changes sheet (变化) with one row per person or unit whose outcomes
 * differ, names beside ids, frozen header rows and readable widths. On a quarterly dataset the
 * warnings too: sheet 预警汇总 per outcome warned of, and column 预警变化 beside the outcomes' changes.
 */
@Service
class SimulationReport {

    static final List<String> SUMMARY_HEADERS = List.of("结果代码", "结果说明", "原规则集", "新规则集", "增加", "减少");
    static final List<String> CHANGE_HEADERS = List.of("单位", "干部", "对象编号", "原结果", "新结果", "变化", "依据条款");
    static final String WARNING_CHANGES = "预警变化";
    static final String WARNING_SUMMARY = "预警汇总";
    static final List<String> WARNING_SUMMARY_HEADERS = List.of("预警结果代码", "结果说明", "原规则集预警", "新规则集预警", "新增预警",
            "取消预警");

    byte[] xlsx(Simulation simulation, OutcomeLabels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SpreadsheetStyles.header(book);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            summary(book.createSheet("汇总"), simulation, header, labels);
            changes(book.createSheet("变化"), simulation, header, wrap, labels);
            if (simulation.warningSummary() != null) {
                warningSummary(book.createSheet(WARNING_SUMMARY), simulation, header, labels);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, Simulation simulation, CellStyle header, OutcomeLabels labels) {
        row(sheet, 0, null, "原规则集 (baseline)", simulation.baseline().id(), simulation.baseline().sha256());
        row(sheet, 1, null, "新规则集 (candidate)", simulation.candidate().id(), simulation.candidate().sha256());
        row(sheet, 2, null, "变化人数 (subjects changed)", String.valueOf(simulation.changes().size()));
        row(sheet, 4, header, SUMMARY_HEADERS.toArray(String[]::new));
        counts(sheet, 5, simulation.summary(), labels);
        sheet.createFreezePane(0, 5);
        widths(sheet, 30, 30, 16, 16, 10, 10);
    }

    private static void changes(Sheet sheet, Simulation simulation, CellStyle header, CellStyle wrap, OutcomeLabels labels) {
        boolean warnings = simulation.warningSummary() != null;
        List<String> headers = new ArrayList<>(CHANGE_HEADERS);
        if (warnings) {
            headers.add(WARNING_CHANGES);
        }
        row(sheet, 0, header, headers.toArray(String[]::new));
        int r = 1;
        for (Change change : simulation.changes()) {
            boolean unit = change.subjectType().equals(Vocabulary.UNIT);
            List<String> cells = new ArrayList<>(List.of(nullToEmpty(change.unit()), unit ? "" : nullToEmpty(change.name()),
                    change.subjectId(), describe(change.before(), labels), describe(change.after(), labels), difference(change, labels),
                    String.join(", ", change.rules())));
            if (warnings) {
                cells.add(warningDifference(change, labels));
            }
            Row row = row(sheet, r++, wrap, cells.toArray(String[]::new));
            row.setHeight((short) -1);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        widths(sheet, 24, 12, 14, 40, 40, 44, 12, 48);
    }

    /** Sheet 预警汇总: per outcome warned of, the subjects warned under each version and how many gained or lost the warning. */
    private static void warningSummary(Sheet sheet, Simulation simulation, CellStyle header, OutcomeLabels labels) {
        row(sheet, 0, header, WARNING_SUMMARY_HEADERS.toArray(String[]::new));
        counts(sheet, 1, simulation.warningSummary(), labels);
        sheet.createFreezePane(0, 1);
        widths(sheet, 30, 30, 14, 14, 10, 10);
    }

    /** From row {@code first}: per code, its label and how many subjects each version gives it, gained and lost. */
    private static void counts(Sheet sheet, int first, Map<String, CodeCount> perCode, OutcomeLabels labels) {
        int r = first;
        for (var entry : perCode.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(labels.label(entry.getKey()));
            row.createCell(2).setCellValue(entry.getValue().baseline());
            row.createCell(3).setCellValue(entry.getValue().candidate());
            row.createCell(4).setCellValue(entry.getValue().gained());
            row.createCell(5).setCellValue(entry.getValue().lost());
        }
    }

    /** "+W4 ANNUAL_EXCELLENT（年度考核直接评为优秀）" for each warning gained and "−…" for each lost. */
    static String warningDifference(Change change, OutcomeLabels labels) {
        if (change.gainedWarnings() == null) {
            return "";
        }
        return java.util.stream.Stream.concat(
                change.gainedWarnings().stream().map(w -> "+" + w.rule() + " " + labels.describe(w.code())),
                change.lostWarnings().stream().map(w -> "−" + w.rule() + " " + labels.describe(w.code())))
                .collect(Collectors.joining("\n"));
    }

    /** "+CODE（名称）" for each code gained and "−CODE（名称）" for each lost. */
    static String difference(Change change, OutcomeLabels labels) {
        return java.util.stream.Stream.concat(change.gained().stream().map(code -> "+" + labels.describe(code)),
                change.lost().stream().map(code -> "−" + labels.describe(code))).collect(Collectors.joining("\n"));
    }

    private static String describe(List<String> codes, OutcomeLabels labels) {
        return codes.isEmpty() ? "（无）" : codes.stream().map(labels::describe).collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
