package com.meritarchive.documents;

import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document's entries by result, as the county lays a list out when it holds more than one kind:
 * a level-one heading per result ({@code 一、年度考核直接评为优秀（3人）}, DOCUMENTS.md "Levels"),
 * in the order of the clauses (A1 before A3, Q4 before Q5, U1 last), each with its entries in the
 * document's order (unit, then name). Entries are numbered on through the groups, so that 序号 is
 * the same in the Word document, its roster and the roster's record sheet.
 */
final class ResultGroups {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ResultGroups() {
    }

    /** One result and its entries; {@code heading} is null when the document has one kind of result only. */
    record Group(String heading, List<Numbered> entries) {
    }

    /** An entry with its 序号 (from 1, through the whole document). */
    record Numbered(int number, Documents.Entry entry) {
    }

    static List<Group> of(Documents.Document document) {
        Map<String, List<Documents.Entry>> byCode = new LinkedHashMap<>();
        document.entries().forEach(entry -> byCode.computeIfAbsent(Objects.toString(entry.code(), ""), k -> new ArrayList<>()).add(entry));
        List<List<Documents.Entry>> results = new ArrayList<>(byCode.values());
        results.sort(Comparator.comparing(ResultGroups::firstClause).thenComparing(entries -> Objects.toString(entries.get(0).code(), "")));
        boolean headed = results.size() > 1;
        List<Group> groups = new ArrayList<>();
        int number = 1;
        for (List<Documents.Entry> entries : results) {
            List<Numbered> numbered = new ArrayList<>();
            for (Documents.Entry entry : entries) {
                numbered.add(new Numbered(number++, entry));
            }
            groups.add(new Group(headed ? heading(groups.size() + 1, entries, Recipients.isWarnings(document.recipient())) : null,
                    numbered));
        }
        return groups;
    }

    /** The entries in the order the groups list them. */
    static List<Numbered> numbered(Documents.Document document) {
        return of(document).stream().flatMap(group -> group.entries().stream()).toList();
    }

    /** {@code 一、年度考核直接评为优秀（3人）}; units are counted apart ({@code （2个单位）}, {@code （5人、1个单位）}). */
    static String heading(int level, List<Documents.Entry> entries) {
        return heading(level, entries, false);
    }

    /** On a warning list ({@code warnings}) the heading says what is warned of: {@code 一、预警：年度考核直接评为优秀（3人）}. */
    static String heading(int level, List<Documents.Entry> entries, boolean warnings) {
        Documents.Entry first = entries.get(0);
        long units = entries.stream().filter(e -> Vocabulary.UNIT.equals(e.subjectType())).count();
        long cadres = entries.size() - units;
        String count = cadres > 0 && units > 0 ? cadres + "人、" + units + "个单位" : cadres > 0 ? cadres + "人" : units + "个单位";
        String label = first.label() != null && !first.label().isEmpty() ? first.label() : first.code();
        return numeral(level) + "、" + (warnings ? "预警：" : "") + label + "（" + count + "）";
    }

    /** 一 … 九十九, as a level-one heading counts. */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + DIGITS[n % 10];
    }

    /** The group's lowest clause (A1 &lt; A3 &lt; Q4 &lt; U1), so that groups follow POLICY.md's order. */
    private static String firstClause(List<Documents.Entry> entries) {
        return entries.stream().map(e -> Objects.toString(e.rule(), "")).min(Comparator.naturalOrder()).orElse("");
    }
}
