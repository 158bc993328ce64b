package com.meritarchive.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for a notice period (公示期), counted Monday to Friday only. Statutory holidays
 * and the weekend days declared working days (调休) are not known yet: the State Council
 * publishes them each December, so they belong in a table policy staff maintain (DOCUMENTS.md
 * "Working days"), which comes later. Until then a period over a holiday ends too early, and
 * the issuer should check the dates.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The {@code count}th working day of a period that starts on {@code start} (a weekend start moves to Monday). */
    static LocalDate lastOf(LocalDate start, int count) {
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == count) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
