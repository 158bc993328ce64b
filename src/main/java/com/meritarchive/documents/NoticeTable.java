package com.meritarchive.documents;

import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a document's table, shared by the Word notice and the Excel roster so that both
 * list the same thing. A public notice never shows evidence (档案依据): POLICY.md forbids
 * publishing a trace's records, so the column is absent, not blank.
 */
final class NoticeTable {

    static final List<String> PUBLIC_HEADERS = List.of("序号", "姓名/单位", "工作单位", "结果", "依据条款");
    static final List<String> FILING_HEADERS = List.of("序号", "姓名/单位", "工作单位", "结果", "依据条款", "档案依据");

    /** Shares of the table's width per column, in percent: a narrow 序号, room for a result's words. */
    private static final List<Integer> PUBLIC_WIDTHS = List.of(8, 20, 26, 34, 12);
    private static final List<Integer> FILING_WIDTHS = List.of(7, 14, 20, 26, 10, 23);

    private NoticeTable() {
    }

    static List<String> headers(String recipient) {
        return Recipients.isPublic(recipient) ? PUBLIC_HEADERS : FILING_HEADERS;
    }

    static List<Integer> widthPercents(String recipient) {
        return Recipients.isPublic(recipient) ? PUBLIC_WIDTHS : FILING_WIDTHS;
    }

    /** The cells of the {@code number}th entry (from 1): a unit names itself in 姓名/单位. */
    static List<String> cells(int number, Documents.Entry entry, String recipient) {
        boolean unit = Vocabulary.UNIT.equals(entry.subjectType()) || entry.name() == null;
        List<String> cells = new ArrayList<>(List.of(String.valueOf(number), text(unit ? entry.unit() : entry.name()),
                text(entry.unit()), text(entry.label() != null ? entry.label() : entry.code()), text(entry.rule())));
        if (!Recipients.isPublic(recipient)) {
            cells.add(entry.evidence() == null ? "" : String.join("、", entry.evidence()));
        }
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
