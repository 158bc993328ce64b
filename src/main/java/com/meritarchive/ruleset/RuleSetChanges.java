package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a version changes compared with another ({@code against}, usually the active one), at the
 * level a reviewer judges a policy change: the workbook cells whose text differs and the DRL or
 * CSV lines removed and added. Files whose content is the same (a workbook only restyled or
 * saved by another program) are not listed; the others come in name order.
 */
public record RuleSetChanges(String id, String against, List<ChangedFile> files) {

    public RuleSetChanges {
        files = List.copyOf(files);
    }

    /** Version {@code id} with {@code files} compared with version {@code against} with {@code againstFiles}. */
    public static RuleSetChanges between(String id, RuleSetFiles files, String against, RuleSetFiles againstFiles) {
        return new RuleSetChanges(id, against, compare(againstFiles.files(), files.files()));
    }

    /** Whether nothing a reviewer would see differs. */
    public boolean none() {
        return files.isEmpty();
    }

    static List<ChangedFile> compare(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        SortedSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ChangedFile> changed = new ArrayList<>();
        for (String name : names) {
            byte[] was = before.get(name);
            byte[] is = after.get(name);
            if (Arrays.equals(was, is)) {
                continue;
            }
            Change change = was == null ? Change.ADDED : is == null ? Change.REMOVED : Change.CHANGED;
            ChangedFile file = isWorkbook(name)
                    ? new ChangedFile(name, change, WorkbookDiff.between(workbook(name, was), workbook(name, is)), List.of())
                    : new ChangedFile(name, change, List.of(), LineDiff.between(lines(was), lines(is)));
            if (change != Change.CHANGED || !file.cells().isEmpty() || !file.lines().isEmpty()) {
                changed.add(file);
            }
        }
        return changed;
    }

    private static boolean isWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    private static WorkbookCells workbook(String name, byte[] content) {
        return content == null ? null : WorkbookCells.read(name, content);
    }

    private static List<String> lines(byte[] content) {
        return content == null ? List.of() : LineDiff.lines(content);
    }
}
