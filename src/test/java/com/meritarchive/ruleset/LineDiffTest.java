package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line diff shows a reviewer as few removed and added lines as there can be, numbered as an editor numbers them. */
class LineDiffTest {

    @Test
    void shouldListARemovalBeforeTheAdditionThatReplacesIt() {
        List<LineChange> changes = LineDiff.between(List.of("a", "old", "c"), List.of("a", "new", "c"));

        assertThat(changes).containsExactly(LineChange.removed(2, "old"), LineChange.added(2, "new"));
    }

    @Test
    void shouldNumberEachLineInItsOwnFile() {
        List<LineChange> changes = LineDiff.between(List.of("a", "b", "c", "d"), List.of("x", "a", "c", "d", "e"));

        assertThat(changes).containsExactly(LineChange.added(1, "x"), LineChange.removed(2, "b"), LineChange.added(5, "e"));
    }

    @Test
    void shouldFindAShortestScriptForAnyTwoTexts() {
        Random random = new Random(20261128);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<LineChange> changes = LineDiff.between(before, after);

            assertThat(changes).as("%s → %s", before, after).hasSize(before.size() + after.size() - 2 * lcs(before, after));
            assertThat(kept(before, changes, Change.REMOVED)).as("%s → %s", before, after)
                    .isEqualTo(kept(after, changes, Change.ADDED));
            for (LineChange change : changes) {
                List<String> file = change.change() == Change.REMOVED ? before : after;
                int line = change.change() == Change.REMOVED ? change.before() : change.after();
                assertThat(file.get(line - 1)).isEqualTo(change.text());
            }
        }
    }

    @Test
    void shouldShowFilesWithLittleInCommonAsReplaced() {
        List<String> before = IntStream.range(0, 800).mapToObj(i -> "old " + i).toList();
        List<String> after = IntStream.range(0, 800).mapToObj(i -> "new " + i).toList();

        List<LineChange> changes = LineDiff.between(before, after);

        assertThat(changes).hasSize(1600);
        assertThat(changes.subList(0, 800)).allSatisfy(line -> assertThat(line.change()).isEqualTo(Change.REMOVED));
        assertThat(changes.get(800)).isEqualTo(LineChange.added(1, "new 0"));
    }

    @Test
    void shouldReadLinesWhateverTheLineEnds() {
        assertThat(LineDiff.lines("\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "b", "c");
        assertThat(LineDiff.lines("a\n\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "");
        assertThat(LineDiff.lines(new byte[0])).isEmpty();
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int size = random.nextInt(12);
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    /** The lines of {@code file} the script keeps: all but those it lists as {@code change}. */
    private static List<String> kept(List<String> file, List<LineChange> changes, Change change) {
        List<String> kept = new ArrayList<>(file);
        changes.stream().filter(line -> line.change() == change)
                .map(line -> change == Change.REMOVED ? line.before() : line.after())
                .sorted(Comparator.reverseOrder())
                .forEach(line -> kept.remove(line - 1));
        return kept;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        return length[0][0];
    }
}
