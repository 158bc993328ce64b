package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.request.SubjectRef;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The diff walks the subjects of both sides in one merged pass: each once, cadres first, then by id. */
class OutcomeDiffTest {

    @Test
    void shouldListEverySubjectOfEitherSideOnceInOrder() {
        TreeSet<SubjectRef> before = new TreeSet<>(List.of(SubjectRef.cadre("C002"), SubjectRef.cadre("C004"), SubjectRef.unit("U01")));
        TreeSet<SubjectRef> after = new TreeSet<>(List.of(SubjectRef.cadre("C001"), SubjectRef.cadre("C004"), SubjectRef.unit("U02")));

        List<SubjectRef> union = OutcomeDiff.union(before, after);

        assertThat(union).containsExactly(SubjectRef.cadre("C001"), SubjectRef.cadre("C002"), SubjectRef.cadre("C004"),
                SubjectRef.unit("U01"), SubjectRef.unit("U02"));
        assertThat(OutcomeDiff.union(before, new TreeSet<>())).containsExactlyElementsOf(before);
        assertThat(OutcomeDiff.union(new TreeSet<>(), after)).containsExactlyElementsOf(after);
    }
}
