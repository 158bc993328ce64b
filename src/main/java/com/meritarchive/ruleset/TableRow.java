package com.meritarchive.ruleset;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule row of a decision table as data, from the same cells that make its rule: the clause
 * (the first word of its NAME cell), its description, and each condition and action with its
 * label, the fact it matches, its field and operator, and its value as a code. So that what is
 * said about a rule — why a subject did not get its outcome, how far a subject is from it — is
 * read from the policy staff's cells, never restated in code.
 *
 * @param row 1-based row of the rule in its sheet
 */
public record TableRow(String file, String sheet, String table, int row, String clause, String description,
        List<Column> conditions, List<Column> actions) implements Serializable {

    /**
     * A filled CONDITION or ACTION cell. {@code fact} is the fact type its column matches
     * ({@code Tally} for {@code $t : Tally}), {@code field} and {@code operator} those of a
     * {@code field op $param} snippet (null for any other code), {@code value} the cell as a code.
     */
    public record Column(String label, String fact, String field, String operator, String value)
            implements Serializable {

        /** The value as a whole number, for a threshold cell. */
        public Optional<Integer> number() {
            try {
                return Optional.of(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static final Pattern COMPARISON = Pattern.compile("^\\s*(\\w+)\\s*(==|!=|>=|<=|>|<)\\s*\"?\\$param\"?\\s*$");
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)");

    /** The condition on {@code field} of {@code fact}, if the row has one. */
    public Optional<Column> condition(String fact, String field) {
        return conditions.stream().filter(c -> fact.equals(c.fact()) && field.equals(c.field())).findFirst();
    }

    /** The rows of a file's rule tables (translated: values are codes). */
    static List<TableRow> of(String file, List<RuleTable> tables) {
        List<TableRow> rows = new ArrayList<>();
        for (RuleTable table : tables) {
            int description = keywordColumn(table, "DESCRIPTION");
            String title = table.sheet().text(table.keywordRow() - 1, 0).orElse("").replaceFirst("(?i)^\\s*RuleTable\\s*", "");
            for (int row : table.ruleRows()) {
                List<Column> conditions = new ArrayList<>();
                List<Column> actions = new ArrayList<>();
                for (Map.Entry<Integer, String> column : table.columns().entrySet()) {
                    Optional<String> value = table.sheet().text(row, column.getKey()).filter(v -> !v.isBlank());
                    if (value.isEmpty()) {
                        continue; // a blank cell drops its condition or action, as in Drools
                    }
                    boolean condition = "CONDITION".equalsIgnoreCase(keyword(table, column.getKey()));
                    Matcher comparison = COMPARISON.matcher(column.getValue());
                    boolean simple = comparison.matches();
                    Column cell = new Column(table.label(column.getKey()), condition ? fact(table, column.getKey()) : null,
                            simple ? comparison.group(1) : null, simple ? comparison.group(2) : null, value.get().strip());
                    (condition ? conditions : actions).add(cell);
                }
                String name = table.name(row).strip();
                rows.add(new TableRow(file, table.sheet().name(), title, row, name.isEmpty() ? "" : name.split("\\s+")[0],
                        description < 0 ? "" : table.sheet().text(row, description).orElse("").strip(), List.copyOf(conditions),
                        List.copyOf(actions)));
            }
        }
        return List.copyOf(rows);
    }

    private static String keyword(RuleTable table, int column) {
        return table.sheet().text(table.keywordRow(), column).orElse("").strip();
    }

    private static int keywordColumn(RuleTable table, String keyword) {
        SortedMap<Integer, String> keywords = table.sheet().rows().getOrDefault(table.keywordRow(), Collections.emptySortedMap());
        return keywords.entrySet().stream().filter(e -> e.getValue().strip().equalsIgnoreCase(keyword))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** The fact type a condition column matches: its object-type cell, or that of the merged range over it. */
    private static String fact(RuleTable table, int column) {
        int typeRow = table.keywordRow() + 1;
        Optional<String> type = table.sheet().text(typeRow, column).filter(t -> !t.isBlank()).or(() -> table.sheet().merged().stream()
                .filter(range -> range.isInRange(typeRow - 1, column)).findFirst()
                .flatMap(range -> table.sheet().text(range.getFirstRow() + 1, range.getFirstColumn())));
        return type.map(BINDING::matcher).filter(Matcher::find).map(m -> m.group(2)).orElse(null);
    }
}
