package com.meritarchive.explanation;

import com.meritarchive.explanation.Explanation.EvidenceRecord;
import com.meritarchive.ruleset.CodeLists;
import java.util.List;

/**
 * What the 为什么 page shows of an {@link Explanation}: the same content with every code in the code
 * workbook's words (档案类型, 档案状态, 对象类型, 单位类别) and each record as a table row.
 */
record WhyView(String title, String who, String decision, List<Result> results, List<Row> newRecords, List<Missed> notGiven,
        List<String> cancellations) {

    /** A result and its records. */
    record Result(String label, String code, String rule, String clause, List<Row> records) {
    }

    /** One record as a table row: 季度, 重点工作, 指标, 类型, 状态, and its id. */
    record Row(String id, String quarter, String keyWork, String indicator, String type, String status) {
    }

    /** An outcome not given and why. */
    record Missed(String label, String code, String rule, String clause, String reason) {
    }

    static WhyView of(Explanation e, CodeLists codes) {
        String period = e.year() + " 年" + (e.quarter() == null ? "度" : "第 " + e.quarter() + " 季度");
        String kind = e.unitKind() == null ? "" : "（" + word(codes, "单位类别", e.unitKind()) + "）";
        String who = e.name() + "（" + word(codes, "对象类型", e.subjectType()) + " " + e.subjectId() + "）"
                + (e.unit() == null ? kind : "，" + (e.unit().name() == null ? e.unit().id() : e.unit().name()));
        return new WhyView(period + "结果说明", who,
                "决定 " + e.decisionId() + "，规则版本 " + e.ruleSet().id(),
                e.outcomes().stream().map(o -> new Result(o.label().isEmpty() ? o.code() : o.label(), o.code(), o.rule(),
                        o.clause(), rows(o.evidence(), codes))).toList(),
                e.newRecords() == null ? List.of() : rows(e.newRecords(), codes),
                e.notGiven().stream().map(n -> new Missed(n.label().isEmpty() ? n.code() : n.label(), n.code(), n.rule(),
                        n.clause(), n.reason())).toList(),
                e.cancellations() == null ? List.of() : e.cancellations().stream()
                        .map(c -> c.recordId() + "（" + c.rule() + "，考核 " + c.assessmentId() + "）").toList());
    }

    private static List<Row> rows(List<EvidenceRecord> records, CodeLists codes) {
        return records.stream().map(r -> new Row(r.id(), r.type() == null ? "" : r.year() + " 年第 " + r.quarter() + " 季度",
                r.keyWork() == null ? "" : r.keyWork(), r.indicator() == null ? "" : r.indicator(),
                r.type() == null ? "" : word(codes, CodeLists.RECORD_TYPE_LIST, r.type()),
                r.status() == null ? "" : word(codes, CodeLists.RECORD_STATUS_LIST, r.status()))).toList();
    }

    private static String word(CodeLists codes, String list, String code) {
        return codes.word(list, code).orElse(code);
    }
}
