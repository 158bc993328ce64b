package com.meritarchive.documents;

import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a document's table, shared by the Word notice and the Excel roster so that both
 * list the same thing. A public notice never shows evidence (档案依据): POLICY.md forbids
 * publishing a trace's records, so the column is absent, not blank. A filing's 档案依据 lists each
 * record on a line of its own (indicator, quarter, type, status: DOCUMENTS.md), which the writers
 * break within the cell. Under a result's heading ({@link ResultGroups}) the Word tables leave
 * out 结果, which the heading says; the roster, one list to filter, always has it. A unit's warning
 * list (预警名单) has the filing's columns with 预警说明, the warning's sentence, before its records.
 */
final class NoticeTable {

    static final List<String> PUBLIC_HEADERS = List.of("序号", "姓名/单位", "工作单位", "结果", "依据条款");
    static final List<String> FILING_HEADERS = List.of("序号", "姓名/单位", "工作单位", "结果", "依据条款", "档案依据");
    /** A unit's warning list: the outcome a subject is one quarter away from, the warning's clause, its sentence and records. */
    static final List<String> WARNING_HEADERS = List.of("序号", "姓名/单位", "工作单位", "预警结果", "预警条款", "预警说明", "档案依据");
    /** The column the headings replace. */
    static final int RESULT = 3;

    /** What separates a cell's lines: a paragraph of its own in Word, a line of a wrapped cell in Excel. */
    static final String LINE_BREAK = "\n";

    /** Shares of the table's width per column, in percent: a narrow 序号, room for a result's words and the records. */
    private static final List<Integer> PUBLIC_WIDTHS = List.of(8, 20, 26, 34, 12);
    private static final List<Integer> FILING_WIDTHS = List.of(6, 12, 17, 21, 8, 36);
    private static final List<Integer> PUBLIC_HEADED_WIDTHS = List.of(10, 33, 42, 15);
    private static final List<Integer> FILING_HEADED_WIDTHS = List.of(6, 11, 16, 8, 59);
    private static final List<Integer> WARNING_WIDTHS = List.of(6, 10, 14, 15, 7, 24, 24);
    private static final List<Integer> WARNING_HEADED_WIDTHS = List.of(6, 11, 15, 8, 30, 30);

    private NoticeTable() {
    }

    static List<String> headers(String recipient) {
        if (Recipients.isWarnings(recipient)) {
            return WARNING_HEADERS;
        }
        return Recipients.isPublic(recipient) ? PUBLIC_HEADERS : FILING_HEADERS;
    }

    /** The headers of a table under a result's heading ({@code headed}) or of the one table. */
    static List<String> headers(String recipient, boolean headed) {
        return headed ? withoutResult(headers(recipient)) : headers(recipient);
    }

    static List<Integer> widthPercents(String recipient, boolean headed) {
        if (Recipients.isWarnings(recipient)) {
            return headed ? WARNING_HEADED_WIDTHS : WARNING_WIDTHS;
        }
        if (Recipients.isPublic(recipient)) {
            return headed ? PUBLIC_HEADED_WIDTHS : PUBLIC_WIDTHS;
        }
        return headed ? FILING_HEADED_WIDTHS : FILING_WIDTHS;
    }

    /**
     * The cells of the {@code number}th entry (from 1): a unit names itself in 姓名/单位; on a
     * filing or a warning list, the last cell holds the entry's records, one per line, after a
     * warning's sentence (预警说明).
     */
    static List<String> cells(int number, Documents.Entry entry, String recipient, RecordDetail records) {
        boolean unit = Vocabulary.UNIT.equals(entry.subjectType()) || entry.name() == null;
        List<String> cells = new ArrayList<>(List.of(String.valueOf(number), text(unit ? entry.unit() : entry.name()),
                text(entry.unit()), text(entry.label() != null ? entry.label() : entry.code()), text(entry.rule())));
        if (Recipients.isWarnings(recipient)) {
            cells.add(text(entry.message()));
        }
        if (!Recipients.isPublic(recipient)) {
            cells.add(String.join(LINE_BREAK, records.lines(entry.evidence())));
        }
        return cells;
    }

    /** The cells under a result's heading ({@code headed}: without 结果) or in the one table. */
    static List<String> cells(int number, Documents.Entry entry, String recipient, RecordDetail records, boolean headed) {
        List<String> cells = cells(number, entry, recipient, records);
        return headed ? withoutResult(cells) : cells;
    }

    private static List<String> withoutResult(List<String> cells) {
        List<String> rest = new ArrayList<>(cells);
        rest.remove(RESULT);
        return rest;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
