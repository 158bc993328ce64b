package com.meritarchive.publishing;

import com.meritarchive.ruleset.CellChange;
import com.meritarchive.ruleset.ChangedFile;
import com.meritarchive.ruleset.RuleSetChanges;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the admin reviews before confirming a publication, shaped for the confirmation page: every
 * changed cell as one row of a table, the text files with their removed and added lines, and
 * which files differ in content, so that a file whose bytes differ but whose cells do not (restyled,
 * saved by another program) can be told apart from a policy change.
 */
record ChangeReview(List<CellRow> cells, List<ChangedFile> textFiles, Set<String> contentChanged) {

    /** One row of the cell table. */
    record CellRow(String file, CellChange cell) {
    }

    static ChangeReview of(RuleSetChanges changes) {
        List<CellRow> cells = changes.files().stream()
                .flatMap(file -> file.cells().stream().map(cell -> new CellRow(file.file(), cell))).toList();
        List<ChangedFile> textFiles = changes.files().stream().filter(file -> !file.lines().isEmpty()).toList();
        Set<String> contentChanged = changes.files().stream().map(ChangedFile::file).collect(Collectors.toSet());
        return new ChangeReview(cells, textFiles, contentChanged);
    }

    /** Whether the file's cells or lines differ, not only its bytes. */
    public boolean changesContent(String file) {
        return contentChanged.contains(file);
    }
}
