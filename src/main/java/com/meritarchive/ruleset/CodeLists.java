package com.meritarchive.ruleset;

import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Chinese words policy staff choose in the tables and the codes the API answers with, from a
 * rule set's code workbook ({@code *.codes.xlsx}): sheet {@value #OUTCOMES} lists every outcome
 * code with its Chinese name (a new outcome is a new row), sheet {@value #OPTIONS} the choices of
 * the other columns (对象类型: 干部 = CADRE …). Choices that are the API's own codes must map onto
 * the contract's codes. A cell may hold the Chinese word or the code itself.
 */
public final class CodeLists implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OUTCOMES = "结果代码";
    static final String OPTIONS = "选项";
    /** The list outcome cells take their words from. */
    public static final String OUTCOME_LIST = "结果";
    /** The list of who a result is filed with or sent to (ORG_DEPT …), the routing table's 送达对象. */
    public static final String RECIPIENT_LIST = "送达对象";
    /** The list of record types (实绩档案, 问题痕迹档案), codes of {@link Vocabulary#RECORD_TYPES}. */
    public static final String RECORD_TYPE_LIST = "档案类型";
    /** The list of the clauses a warning may warn of (Q4 … U2: the rows that decide outcomes), the warning table's 预警的条款. */
    public static final String CLAUSE_LIST = "条款";
    /** The list of record statuses (有效, 已销号), codes of {@link Vocabulary#STATUSES}. */
    public static final String RECORD_STATUS_LIST = "档案状态";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Map<String, List<String>> CONTRACT_LISTS = Map.of(
            "对象类型", Vocabulary.SUBJECT_TYPES,
            "单位类别", Vocabulary.UNIT_KINDS,
            RECORD_TYPE_LIST, Vocabulary.RECORD_TYPES,
            RECORD_STATUS_LIST, Vocabulary.STATUSES,
            "干部管理权限", Vocabulary.MANAGERS,
            RECIPIENT_LIST, Vocabulary.RECIPIENTS,
            "角色", Vocabulary.ROLES,
            "是否", List.of("true", "false"));

    /** None: a rule set without a code workbook, whose cells hold codes. */
    public static final CodeLists NONE = new CodeLists(Map.of(), Map.of());

    /** list → word → code, in the order written; the outcome list is {@value #OUTCOME_LIST}. */
    private final Map<String, Map<String, String>> lists;
    /** outcome code → Chinese name, in the order written. */
    private final Map<String, String> outcomeNames;

    private CodeLists(Map<String, Map<String, String>> lists, Map<String, String> outcomeNames) {
        this.lists = lists;
        this.outcomeNames = outcomeNames;
    }

    /** Whether a file is a code workbook. */
    public static boolean isCodeWorkbook(String name) {
        return name.toLowerCase().endsWith(".codes.xlsx");
    }

    /** Reads a code workbook; every problem is located at its cell. */
    static CodeLists read(String file, byte[] content) {
        WorkbookCells workbook = WorkbookCells.read(file, content);
        List<RuleSetError> errors = new ArrayList<>();
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        Map<String, String> outcomeNames = new LinkedHashMap<>();
        Optional<SheetCells> outcomes = workbook.sheet(OUTCOMES);
        Optional<SheetCells> options = workbook.sheet(OPTIONS);
        if (outcomes.isEmpty()) {
            errors.add(RuleSetError.inFile(file, "缺少“" + OUTCOMES + "”工作表：每个结果代码一行，列为 代码、中文名称 (no outcome sheet)"));
        }
        outcomes.ifPresent(sheet -> readOutcomes(file, sheet, outcomeNames, lists, errors));
        options.ifPresent(sheet -> readOptions(file, sheet, lists, errors));
        if (!errors.isEmpty()) {
            throw new RuleSetInvalidException(errors);
        }
        return new CodeLists(lists, outcomeNames);
    }

    private static void readOutcomes(String file, SheetCells sheet, Map<String, String> names,
            Map<String, Map<String, String>> lists, List<RuleSetError> errors) {
        Map<String, String> words = lists.computeIfAbsent(OUTCOME_LIST, k -> new LinkedHashMap<>());
        sheet.rows().forEach((row, cells) -> {
            if (row == 1) {
                return; // 代码 | 中文名称 | 说明
            }
            String code = cells.getOrDefault(0, "");
            String name = cells.getOrDefault(1, "");
            if (code.isEmpty() && name.isEmpty()) {
                return;
            }
            if (!CODE.matcher(code).matches()) {
                errors.add(new RuleSetError(file, sheet.name(), row, "A", "结果代码只能用大写英文字母、数字和下划线，如 ANNUAL_EXCELLENT，现为“"
                        + code + "” (invalid outcome code)"));
            } else if (name.isEmpty()) {
                errors.add(new RuleSetError(file, sheet.name(), row, "B", "请填写结果代码 " + code + " 的中文名称 (name missing)"));
            } else if (names.containsKey(code)) {
                errors.add(new RuleSetError(file, sheet.name(), row, "A", "结果代码 " + code + " 重复 (duplicate code)"));
            } else if (words.containsKey(name)) {
                errors.add(new RuleSetError(file, sheet.name(), row, "B", "中文名称“" + name + "”已用于 " + words.get(name)
                        + "，请换一个名称 (duplicate name)"));
            } else {
                names.put(code, name);
                words.put(name, code);
            }
        });
    }

    private static void readOptions(String file, SheetCells sheet, Map<String, Map<String, String>> lists,
            List<RuleSetError> errors) {
        sheet.rows().forEach((row, cells) -> {
            if (row == 1) {
                return; // 列表 | 中文 | 代码
            }
            String list = cells.getOrDefault(0, "");
            String word = cells.getOrDefault(1, "");
            String code = cells.getOrDefault(2, "");
            if (list.isEmpty() && word.isEmpty() && code.isEmpty()) {
                return;
            }
            if (list.isEmpty() || word.isEmpty() || code.isEmpty()) {
                errors.add(new RuleSetError(file, sheet.name(), row, list.isEmpty() ? "A" : word.isEmpty() ? "B" : "C",
                        "每一行都要填写 列表、中文、代码 三项 (incomplete option)"));
                return;
            }
            List<String> contract = CONTRACT_LISTS.get(list);
            if (contract != null && !contract.contains(code)) {
                errors.add(new RuleSetError(file, sheet.name(), row, "C", "“" + list + "”的代码应为 " + String.join("、", contract)
                        + " 之一，现为“" + code + "” (not a code of the API)"));
                return;
            }
            Map<String, String> words = lists.computeIfAbsent(list, k -> new LinkedHashMap<>());
            if (words.putIfAbsent(word, code) != null) {
                errors.add(new RuleSetError(file, sheet.name(), row, "B", "“" + list + "”中的“" + word + "”重复 (duplicate option)"));
            }
        });
    }

    /** The code a cell's word stands for in a list: the word's code, the code itself, or empty when neither. */
    public Optional<String> code(String list, String word) {
        Map<String, String> words = lists.getOrDefault(list, Map.of());
        if (words.containsKey(word)) {
            return Optional.of(words.get(word));
        }
        return words.containsValue(word) ? Optional.of(word) : Optional.empty();
    }

    /**
     * The word a list gives a code (the first written, when two words share it), or empty when the
     * list has none: how a document says a code in the words policy staff chose.
     */
    public Optional<String> word(String list, String code) {
        return lists.getOrDefault(list, Map.of()).entrySet().stream()
                .filter(entry -> entry.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
    }

    /** The words of a list, in the order written (the choices of a dropdown). */
    public List<String> words(String list) {
        return List.copyOf(lists.getOrDefault(list, Map.of()).keySet());
    }

    /** Whether the list exists in the code workbook. */
    public boolean has(String list) {
        return lists.containsKey(list);
    }

    /** Every outcome code with its Chinese name. */
    public Map<String, String> outcomeNames() {
        return Collections.unmodifiableMap(outcomeNames);
    }

    /** The Chinese name of an outcome code, or empty when the code workbook has none. */
    public String outcomeName(String code) {
        return outcomeNames.getOrDefault(code, "");
    }
}
