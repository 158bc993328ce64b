package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names kept as one text per list give back each name at its position, past the first growth too. */
class PeopleNamesTest {

    @Test
    void shouldGiveEachNameAtItsPosition() {
        PeopleNames names = new PeopleNames();
        List<String> cadres = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = i % 7 == 0 ? "欧阳" + "娜".repeat(i % 3 + 1) : "C" + i;
            cadres.add(name);
            names.addCadre(name);
        }
        names.addUnit("县发展和改革局");
        names.addUnit(null); // a unit without a name: the request is refused, the positions stay
        names.addUnit("县财政局");

        for (int i = 0; i < cadres.size(); i++) {
            assertThat(names.cadre(i)).isEqualTo(cadres.get(i));
        }
        assertThat(List.of(names.unit(0), names.unit(1), names.unit(2))).containsExactly("县发展和改革局", "", "县财政局");
        assertThatThrownBy(() -> names.cadre(200)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> names.unit(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
