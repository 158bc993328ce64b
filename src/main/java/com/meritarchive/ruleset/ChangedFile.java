package com.meritarchive.ruleset;

import java.util.List;

/**
 * One file whose content differs between two versions: a workbook by the cells whose text
 * differs, a text file (DRL, CSV) by the lines removed and added. The list that does not apply
 * to the file's kind is empty. An added or removed file lists all its cells or lines.
 */
public record ChangedFile(String file, Change change, List<CellChange> cells, List<LineChange> lines) {

    public ChangedFile {
        cells = List.copyOf(cells);
        lines = List.copyOf(lines);
    }
}
