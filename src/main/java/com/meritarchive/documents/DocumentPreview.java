package com.meritarchive.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * One document as the documents page shows it before it is downloaded: to whom (a warning list's
 * unit by id and name), its title, the
 * notice period of a public notice, and the first entries of its table with the same columns as
 * the Word and Excel files ({@link NoticeTable}: no 档案依据 on a public notice). A province's
 * documents have tens of thousands of entries; the page shows the first {@code shown}, the zip all.
 */
record DocumentPreview(String recipient, String recipientName, String unitId, String title, String noticePeriod, List<String> headers,
        List<Row> rows, int total) {

    private static final int RESULT = NoticeTable.PUBLIC_HEADERS.indexOf("结果");

    /** One entry: the subject it is about, and its cells in the table's order. */
    record Row(String subjectId, List<String> cells) {
    }

    static List<DocumentPreview> of(Paperwork paperwork, int shown) {
        NoticeParameters parameters = paperwork.parameters();
        String period = NoticeText.date(parameters.noticeStart()) + "至" + NoticeText.date(parameters.noticeEnd()) + "（"
                + parameters.noticeWorkingDays() + "个工作日）";
        return paperwork.documents().documents().stream().map(document -> of(document, paperwork.records(), period, shown)).toList();
    }

    private static DocumentPreview of(Documents.Document document, RecordDetail records, String period, int shown) {
        String recipient = document.recipient();
        List<Row> rows = new ArrayList<>();
        // in the files' order and with their 序号: by result (clause), then unit and name
        for (ResultGroups.Numbered numbered : ResultGroups.numbered(document)) {
            if (rows.size() == shown) {
                break;
            }
            Documents.Entry entry = numbered.entry();
            List<String> cells = new ArrayList<>(NoticeTable.cells(numbered.number(), entry, recipient, records));
            cells.set(RESULT, result(entry));
            rows.add(new Row(entry.subjectId(), cells));
        }
        return new DocumentPreview(recipient, Recipients.name(document), document.unitId(), document.title(),
                Recipients.isPublic(recipient) ? period : null, NoticeTable.headers(recipient), rows, document.entries().size());
    }

    /** "年度考核直接评为优秀（ANNUAL_EXCELLENT）": the words the document prints, with the code staff check rules by. */
    static String result(Documents.Entry entry) {
        String label = entry.label();
        return label == null || label.isBlank() ? entry.code() : label + "（" + entry.code() + "）";
    }

    /** A unit's warning list (预警名单). */
    public boolean isWarnings() {
        return Recipients.isWarnings(recipient);
    }

    public boolean isPublic() {
        return Recipients.isPublic(recipient);
    }

    /** Whether the page shows only the first entries. */
    public boolean cut() {
        return total > rows.size();
    }
}
