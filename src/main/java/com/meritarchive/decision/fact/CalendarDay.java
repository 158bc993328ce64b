package com.meritarchive.decision.fact;

import com.meritarchive.ruleset.DateCells;
import java.time.LocalDate;
import java.util.List;

/**
 * A day the calendar table (Routing.drl.xlsx, sheet 节假日与调休) declares a holiday
 * ({@code working} false) or a weekend working day (调休, {@code working} true), so that a public
 * notice's working days follow the State Council's yearly notice, kept by policy staff.
 * The factories take a table cell (a date, a span or several), so that each action stays one call.
 */
public record CalendarDay(LocalDate date, boolean working) {

    /** The holidays (放假) a cell names. */
    public static List<CalendarDay> holidays(String cell) {
        return DateCells.days(cell).stream().map(day -> new CalendarDay(day, false)).toList();
    }

    /** The weekend days a cell declares working days (调休上班). */
    public static List<CalendarDay> workingDays(String cell) {
        return DateCells.days(cell).stream().map(day -> new CalendarDay(day, true)).toList();
    }
}
