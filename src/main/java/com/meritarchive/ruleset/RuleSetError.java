package com.meritarchive.ruleset;

/**
 * One problem in an uploaded or shipped rule set, located the way its author sees the file:
 * for a spreadsheet the sheet, the 1-based row and the column letter as Excel shows them; for a
 * DRL file the line in {@code row} and the column number in {@code column}. Unknown parts are null.
 */
public record RuleSetError(String file, String sheet, Integer row, String column, String message) {

    public static RuleSetError inFile(String file, String message) {
        return new RuleSetError(file, null, null, null, message);
    }

    /** "sheet X, cell C7: message", the form policy staff read in logs and pages. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(", sheet ").append(sheet);
        }
        if (row != null && sheet != null) {
            text.append(", cell ").append(column == null ? "" : column).append(row);
        } else if (row != null) {
            text.append(", line ").append(row).append(column == null ? "" : ", column " + column);
        }
        return text.append(": ").append(message).toString();
    }
}
