package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

    @Test
    void shouldEndAFiveWorkingDayNoticeOnFridayWhenItStartsOnMonday() {
        assertThat(WorkingDays.WEEKDAYS.lastOf(LocalDate.of(2018, 1, 8), 5)).isEqualTo(LocalDate.of(2018, 1, 12));
    }

    @Test
    void shouldSkipTheWeekendWhenCountingWorkingDays() {
        assertThat(WorkingDays.WEEKDAYS.lastOf(LocalDate.of(2018, 1, 10), 5)).isEqualTo(LocalDate.of(2018, 1, 16));
        assertThat(WorkingDays.WEEKDAYS.lastOf(LocalDate.of(2018, 1, 6), 1)).isEqualTo(LocalDate.of(2018, 1, 8));
    }

    @Test
    void shouldRefuseANoticeOfNoWorkingDays() {
        assertThatThrownBy(() -> new NoticeParameters("x", "y", 0, WorkingDays.WEEKDAYS, LocalDate.now(), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldWriteDatesWithoutLeadingZeros() {
        assertThat(NoticeText.date(LocalDate.of(2018, 1, 5))).isEqualTo("2018年1月5日");
        assertThat(NoticeText.date(LocalDate.of(2018, 11, 25))).isEqualTo("2018年11月25日");
    }

    @Test
    void shouldTakeWhatIsSentFromTheTitle() {
        assertThat(NoticeText.subject("关于报送2017年第一季度重点工作实绩档案的函")).isEqualTo("2017年第一季度重点工作实绩档案");
        assertThat(NoticeText.subject("关于2017年度重点工作实绩档案考核结果的公示")).isEqualTo("2017年度重点工作实绩档案考核结果");
        assertThat(NoticeText.subject("名单")).isEqualTo("名单");
    }
}
