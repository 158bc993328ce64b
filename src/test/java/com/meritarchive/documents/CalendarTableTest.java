package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.decision.fact.CalendarDay;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetInvalidException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The calendar table (Routing.drl.xlsx, 节假日与调休) decides a notice's working days: holidays are
 * not counted, 调休 weekends are, and a mistyped date stops the rule set at its cell.
 */
class CalendarTableTest {

    /** Friday 2018-02-09, the last working day before the 2018 Spring Festival's 调休 Sunday. */
    private static final Clock BEFORE_SPRING_FESTIVAL = Clock.fixed(Instant.parse("2018-02-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final StepDownRequest FILED = new StepDownRequest(new CadreInput("C1", "王明", "U1", "ORG_DEPT"), true, true);

    private final Router router = new Router();

    @Test
    void shouldSkipTheShippedSpringFestivalHolidaysAndCountItsWorkingSaturday() {
        WorkingDays calendar = calendarOf(RoutingWorkbook.SHIPPED);

        // 2018-02-15..21 off, Saturday 2018-02-24 worked (调休): 13, 14, 22, 23, 24
        assertThat(calendar.lastOf(LocalDate.of(2018, 2, 13), 5)).isEqualTo(LocalDate.of(2018, 2, 24));
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 2, 15))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 2, 11))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 2, 10))).isFalse();
    }

    @Test
    void shouldCountMondayToFridayWhenTheTableHasNoRows() {
        CompiledRuleSet noHolidays = RoutingWorkbook.compiledWith(sheet -> {
            while (true) {
                Row row = lastCalendarRow(sheet);
                if (row == null) {
                    return;
                }
                sheet.removeRow(row);
            }
        });

        assertThat(calendarOf(noHolidays).lastOf(LocalDate.of(2018, 2, 13), 5)).isEqualTo(LocalDate.of(2018, 2, 19));
    }

    @Test
    void shouldFollowAHolidayPolicyStaffAdd() {
        CompiledRuleSet withHoliday = RoutingWorkbook.compiledWith(sheet -> {
            Row row = sheet.createRow(lastCalendarRow(sheet).getRowNum() + 1);
            row.createCell(0).setCellValue("2027年元旦");
            row.createCell(1).setCellValue("2027-01-01、2027-01-04至2027-01-05");
        });

        WorkingDays calendar = calendarOf(withHoliday);

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.lastOf(LocalDate.of(2026, 12, 31), 3)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void shouldStartTheNoticeOnTheNextWorkingDayAfterSigningByTheTable() {
        DocumentMaker maker = new DocumentMaker(new AnnualDecider(), new QuarterlyDecider(), new StepDownDecider(), router,
                BEFORE_SPRING_FESTIVAL);

        NoticeParameters parameters = maker.stepDown(FILED, RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).parameters();

        assertThat(parameters.documentDate()).isEqualTo(LocalDate.of(2018, 2, 9));
        assertThat(parameters.noticeStart()).isEqualTo(LocalDate.of(2018, 2, 11)); // a 调休 Sunday
        assertThat(parameters.noticeEnd()).isEqualTo(LocalDate.of(2018, 2, 22));   // 11, 12, 13, 14, 22
        assertThat(parameters.issuer()).isEqualTo("中共镇坪县委组织部");
    }

    @Test
    void shouldKeepTheDatesTheCallerGives() {
        DocumentMaker maker = new DocumentMaker(new AnnualDecider(), new QuarterlyDecider(), new StepDownDecider(), router,
                BEFORE_SPRING_FESTIVAL);

        NoticeParameters parameters = maker.stepDown(FILED, RoutingWorkbook.SHIPPED,
                new DocumentDates(LocalDate.of(2018, 1, 5), LocalDate.of(2018, 1, 8))).parameters();

        assertThat(parameters.documentDate()).isEqualTo(LocalDate.of(2018, 1, 5));
        assertThat(parameters.noticeStart()).isEqualTo(LocalDate.of(2018, 1, 8));
        assertThat(parameters.noticeEnd()).isEqualTo(LocalDate.of(2018, 1, 12));
    }

    @Test
    void shouldRefuseAMistypedDateAtItsCell() {
        assertThatThrownBy(() -> RoutingWorkbook.compiledWith(sheet -> lastCalendarRow(sheet).getCell(1)
                .setCellValue("2026-10-01至2026-10-32")))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.file()).isEqualTo(RoutingWorkbook.FILE);
                    assertThat(error.sheet()).isEqualTo(RoutingWorkbook.SHEET);
                    assertThat(error.row()).isEqualTo(lastCalendarRowNumber());
                    assertThat(error.column()).isEqualTo("B");
                    assertThat(error.message()).contains("2026-10-32").contains("不是日期");
                }));
    }

    @Test
    void shouldReadADateCellAsTheDayItShows() {
        CompiledRuleSet withDateCell = RoutingWorkbook.compiledWith(sheet -> {
            var cell = lastCalendarRow(sheet).getCell(1);
            cell.setCellValue(LocalDate.of(2026, 10, 8));
            var style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
            cell.setCellStyle(style);
        });

        WorkingDays calendar = calendarOf(withDateCell);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isTrue(); // the row's old span is gone
    }

    private WorkingDays calendarOf(CompiledRuleSet ruleSet) {
        List<CalendarDay> days = router.route(List.of(), ruleSet).calendar();
        return new WorkingDays(days.stream().filter(d -> !d.working()).map(CalendarDay::date).collect(java.util.stream.Collectors.toSet()),
                days.stream().filter(CalendarDay::working).map(CalendarDay::date).collect(java.util.stream.Collectors.toSet()));
    }

    /** The last row of the calendar table: the one below its 名称 label with the highest number. */
    private static Row lastCalendarRow(Sheet sheet) {
        int label = RoutingWorkbook.rowWith(sheet, 0, "名称").getRowNum();
        Row last = null;
        for (int r = label + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && !row.getCell(0).toString().isBlank()) {
                last = row;
            }
        }
        return last;
    }

    private static int lastCalendarRowNumber() {
        return 60; // 2026年国庆节, the table's last shipped row
    }
}
