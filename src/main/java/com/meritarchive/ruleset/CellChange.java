package com.meritarchive.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One workbook cell whose text differs between two versions, named as policy staff find it in
 * Excel (sheet and {@code E11}) and, inside a RuleTable, by what it means: the clause of its row
 * ({@code A1}) and the Chinese label of its column ({@code 实绩档案次数 ≥}). {@code before} or
 * {@code after} is null where the cell is empty; {@code rule} and {@code label} are left out
 * where the cell has none.
 */
public record CellChange(String sheet, String cell, String before, String after,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) String label) {
}
