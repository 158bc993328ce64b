package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateCellsTest {

    @Test
    void shouldReadOneDayASpanAndSeveralOfEither() {
        assertThat(DateCells.days("2027-01-01")).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(DateCells.days("2017-12-30至2018-01-01")).containsExactly(LocalDate.of(2017, 12, 30),
                LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 1));
        assertThat(DateCells.days("2018-02-11、2018/2/24")).containsExactly(LocalDate.of(2018, 2, 11), LocalDate.of(2018, 2, 24));
        assertThat(DateCells.days(" 2026-10-01～2026-10-02 ")).hasSize(2);
    }

    @Test
    void shouldRefuseWhatIsNoDateWithAChineseReason() {
        assertThatThrownBy(() -> DateCells.days("2026-02-30")).hasMessageContaining("不是日期");
        assertThatThrownBy(() -> DateCells.days("国庆")).hasMessageContaining("不是日期");
        assertThatThrownBy(() -> DateCells.days("2026-10-07至2026-10-01")).hasMessageContaining("从早到晚");
        assertThatThrownBy(() -> DateCells.days("2026-10-01至2027-10-01")).hasMessageContaining("不超过");
        assertThatThrownBy(() -> DateCells.days("、")).hasMessageContaining("没有日期");
    }
}
