package com.meritarchive.documents;

import com.meritarchive.request.RecordInput;
import com.meritarchive.ruleset.CodeLists;
import java.util.List;

/**
 * The records behind a filing's entry in words a clerk reads, one line each:
 * {@code 2017年第1季度 城镇居民人均可支配收入 问题痕迹档案（有效）}. The words for a record's type and
 * status are the rule set's code workbook's (档案类型, 档案状态), the ones policy staff choose in the
 * tables, so that documents and tables say the same; a code the workbook has no word for prints as
 * the code, a record the decision did not have as its id.
 */
public final class RecordDetail {

    /** Ids as they are: for documents without records (a public notice, a sample). */
    static final RecordDetail IDS_ONLY = new RecordDetail(EvidenceRecords.none(), CodeLists.NONE);

    private final EvidenceRecords records;
    private final CodeLists codes;

    RecordDetail(EvidenceRecords records, CodeLists codes) {
        this.records = records;
        this.codes = codes;
    }

    /** The records themselves, by id. */
    EvidenceRecords evidence() {
        return records;
    }

    /** One line per record id, in the entry's order. */
    List<String> lines(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(this::line).toList();
    }

    String line(String id) {
        return records.get(id).map(this::describe).orElse(id);
    }

    /** The record itself, for a roster's one-row-per-record sheet; null when the decision did not have it. */
    RecordInput record(String id) {
        return records.get(id).orElse(null);
    }

    String describe(RecordInput record) {
        return quarter(record) + " " + record.indicator() + " " + type(record) + "（" + status(record) + "）";
    }

    /** {@code 2017年第1季度}. */
    static String quarter(RecordInput record) {
        return record.year() + "年第" + record.quarter() + "季度";
    }

    String type(RecordInput record) {
        return codes.word(CodeLists.RECORD_TYPE_LIST, record.type()).orElse(record.type());
    }

    String status(RecordInput record) {
        return codes.word(CodeLists.RECORD_STATUS_LIST, record.status()).orElse(record.status());
    }
}
