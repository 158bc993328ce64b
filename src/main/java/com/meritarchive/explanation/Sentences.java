package com.meritarchive.explanation;

import com.meritarchive.ruleset.CodeLists;
import com.meritarchive.ruleset.TableRow;
import com.meritarchive.ruleset.TableRow.Column;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A failed condition said as one Chinese sentence, built from the cell's label (实绩档案次数 ≥), the
 * subject's value and the cell's value: "2017 年实绩档案 1 次，少于 2 次". Codes are said in the code
 * workbook's words. How a fact type is spoken of (a tally is the year's, a run is the longest) is
 * phrasing, kept here; every number and word comes from the facts and the cells.
 */
final class Sentences {

    private static final Pattern OPERATOR_SIGNS = Pattern.compile("[\\s≥≤＞＜><=≠]+$");
    private static final String TIMES = "次数";
    private static final String QUARTERS = "季度数";

    private Sentences() {
    }

    /**
     * Why {@code condition} of {@code row} fails for a subject whose fact has {@code actual}
     * ({@code fact} is the condition's fact type, {@code Tally} or {@code Run}).
     */
    static String failed(TableRow row, Column condition, Object actual, int year, CodeLists codes) {
        if (condition.number().isEmpty() || !(actual instanceof Number n)) {
            return label(condition) + "为“" + word(condition, actual == null ? "" : actual.toString(), codes) + "”，"
                    + ("!=".equals(condition.operator()) ? "是" : "不是") + "“" + word(condition, condition.value(), codes) + "”";
        }
        String label = label(condition);
        String noun = label;
        String unit = "";
        if (label.endsWith(TIMES)) {
            noun = label.substring(0, label.length() - TIMES.length());
            unit = " 次";
        } else if (label.endsWith(QUARTERS)) {
            noun = label.substring(0, label.length() - QUARTERS.length());
            unit = " 个季度";
        }
        String compared = "，" + comparison(condition.operator(), n.longValue(), condition.number().get()) + " "
                + condition.value() + unit;
        return switch (condition.fact()) {
            case "Tally" -> year + " 年" + noun + " " + n + unit + compared;
            case "Run" -> noun + "记入" + runType(row, codes) + "最长 " + n + unit + scope(row, condition, codes) + compared;
            default -> noun + " " + n + unit + compared;
        };
    }

    /** The cell's label without its operator sign (实绩档案次数 ≥ → 实绩档案次数). */
    static String label(Column condition) {
        return OPERATOR_SIGNS.matcher(condition.label()).replaceAll("").strip();
    }

    /** A code in its list's word (the list named as the column), else the code itself. */
    static String word(Column condition, String code, CodeLists codes) {
        return codes.word(label(condition), code).orElse(code);
    }

    private static String comparison(String operator, long actual, long threshold) {
        return switch (operator) {
            case ">=" -> "少于";
            case ">" -> "不多于";
            case "<=" -> "多于";
            case "<" -> "不少于";
            case "!=" -> "等于";
            default -> actual < threshold ? "少于" : "多于";
        };
    }

    /** The record type a run row counts (档案类型: 实绩档案). */
    private static String runType(TableRow row, CodeLists codes) {
        return row.conditions().stream().filter(c -> "type".equals(c.field())).findFirst()
                .map(c -> word(c, c.value(), codes)).orElse("档案");
    }

    /** The row's other code conditions in words (任意指标，仅限当年), beside the subject's own type and kind. */
    private static String scope(TableRow row, Column failed, CodeLists codes) {
        List<String> words = row.conditions().stream()
                .filter(c -> c != failed && Conditions.isEquality(c) && c.fact().equals(failed.fact())
                        && !List.of("type", "subjectType", "subjectKind").contains(c.field()))
                .map(c -> word(c, c.value(), codes)).toList();
        return words.isEmpty() ? "" : "（" + String.join("，", words) + "）";
    }
}
