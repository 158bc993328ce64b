package com.meritarchive.publishing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** What publishing a version would change, file by file, compared with the active version. */
record FileChanges(List<String> added, List<String> changed, List<String> removed) {

    static FileChanges between(SortedMap<String, byte[]> active, SortedMap<String, byte[]> candidate) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : candidate.entrySet()) {
            byte[] before = active.get(file.getKey());
            if (before == null) {
                added.add(file.getKey());
            } else if (!Arrays.equals(before, file.getValue())) {
                changed.add(file.getKey());
            }
        }
        active.keySet().stream().filter(name -> !candidate.containsKey(name)).forEach(removed::add);
        return new FileChanges(added, changed, removed);
    }

    public boolean none() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
