package com.meritarchive.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The lines removed and added between two versions of a text file (DRL, CSV), as few as possible
 * (Myers' O(ND) difference algorithm, after the common start and end are set aside), so that a
 * reviewer reads what changed, not the whole file. Lines are compared as text: a UTF-8 byte-order
 * mark and the kind of line end (CRLF or LF, a last line with or without one) are not changes.
 * Files that differ in more than {@link #MAX_EDITS} lines are shown as replaced: every old line
 * removed, then every new one added.
 */
final class LineDiff {

    /** Bounds the work (and the O(D²) memory of the search) for files that have little in common. */
    static final int MAX_EDITS = 1000;

    private LineDiff() {
    }

    /** A text file's lines, decoded as UTF-8. */
    static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the last line's end, not a line
        }
        return lines;
    }

    /** The removed and added lines, in file order; in a changed stretch the removals come first. */
    static List<LineChange> between(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        return shortest(before.subList(start, endBefore), after.subList(start, endAfter), start);
    }

    /** Myers' greedy search for the shortest edit script; {@code offset} lines precede both lists. */
    private static List<LineChange> shortest(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        if (max == 0) {
            return List.of();
        }
        int origin = max + 1; // v[origin + k]: the furthest x reached on diagonal k
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= Math.min(max, MAX_EDITS); d++) {
            trace.add(Arrays.copyOfRange(v, origin - d - 1, origin + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[origin + k - 1] < v[origin + k + 1])
                        ? v[origin + k + 1] : v[origin + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[origin + k] = x;
                if (x >= n && y >= m) {
                    return script(trace, a, b, offset);
                }
            }
        }
        return replaced(a, b, offset);
    }

    /** Walks the search back from the end: each step is one added or removed line. */
    private static List<LineChange> script(List<int[]> trace, List<String> a, List<String> b, int offset) {
        List<LineChange> changes = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] v = trace.get(d);
            int base = d + 1; // v[base + k] as the search saw diagonal k before step d
            int k = x - y;
            boolean down = k == -d || (k != d && v[base + k - 1] < v[base + k + 1]);
            int previousK = down ? k + 1 : k - 1;
            int previousX = v[base + previousK];
            int previousY = previousX - previousK;
            if (down) {
                changes.add(LineChange.added(offset + previousY + 1, b.get(previousY)));
            } else {
                changes.add(LineChange.removed(offset + previousX + 1, a.get(previousX)));
            }
            x = previousX;
            y = previousY;
        }
        Collections.reverse(changes);
        return changes;
    }

    private static List<LineChange> replaced(List<String> a, List<String> b, int offset) {
        List<LineChange> changes = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            changes.add(LineChange.removed(offset + i + 1, a.get(i)));
        }
        for (int i = 0; i < b.size(); i++) {
            changes.add(LineChange.added(offset + i + 1, b.get(i)));
        }
        return changes;
    }
}
