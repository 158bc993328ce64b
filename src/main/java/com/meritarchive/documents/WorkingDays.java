package com.meritarchive.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for a notice period (公示期): Monday to Friday, minus statutory holidays, plus the
 * weekend days declared working days (调休). Both lists change every year (the State Council
 * publishes them each December), so they come from the rule set's calendar table, which policy
 * staff maintain (Routing.drl.xlsx, sheet 节假日与调休), never from code.
 */
public final class WorkingDays {

    /** No holidays and no 调休 days known: Monday to Friday. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    /** The {@code count}th working day of a period that starts on {@code start} (a day off at the start moves it on). */
    public LocalDate lastOf(LocalDate start, int count) {
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == count) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    /** The first working day after {@code day}. */
    public LocalDate next(LocalDate day) {
        return lastOf(day.plusDays(1), 1);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
