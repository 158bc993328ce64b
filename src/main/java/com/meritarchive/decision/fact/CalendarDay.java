package com.meritarchive.decision.fact;

import com.meritarchive.ruleset.DateCells;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A day the calendar table (Routing.drl.xlsx, sheet 节假日与调休) declares a holiday
 * ({@code working} false) or a weekend working day (调休, {@code working} true), so that a public
 * notice's working days follow the State Council's yearly notice, kept by policy staff.
 * The factories take a table cell (a date, a span or several), so that each action stays one call.
 * The table's rows have no condition, so they fire in every session, decisions included: a cell is
 * read once and its days kept (measured: reading the shipped calendar's cells again in every
 * session took a tenth of a single-cadre decision's CPU).
 */
public record CalendarDay(LocalDate date, boolean working) {

    private static final int MOST_CELLS_KEPT = 10_000; // a calendar has a few dozen; many versions, a few hundred
    private static final Map<String, List<CalendarDay>> HOLIDAYS = new ConcurrentHashMap<>();
    private static final Map<String, List<CalendarDay>> WORKING_DAYS = new ConcurrentHashMap<>();

    /** The holidays (放假) a cell names. */
    public static List<CalendarDay> holidays(String cell) {
        return read(HOLIDAYS, cell, false);
    }

    /** The weekend days a cell declares working days (调休上班). */
    public static List<CalendarDay> workingDays(String cell) {
        return read(WORKING_DAYS, cell, true);
    }

    private static List<CalendarDay> read(Map<String, List<CalendarDay>> kept, String cell, boolean working) {
        List<CalendarDay> days = kept.get(cell);
        if (days == null) {
            days = DateCells.days(cell).stream().map(day -> new CalendarDay(day, working)).toList();
            if (kept.size() >= MOST_CELLS_KEPT) {
                kept.clear();
            }
            kept.put(cell, days);
        }
        return days;
    }
}
