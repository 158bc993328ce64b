package com.meritarchive.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Dates in table cells, as policy staff write them from the State Council's notice: one day
 * ({@code 2027-01-01}, or a date cell), a span ({@code 2027-02-10至2027-02-16}), or several of
 * either separated by {@code 、}. A table column whose code calls {@code CalendarDay} holds such
 * dates; every cell of it is checked when the rule set compiles, so that a mistyped date is an
 * error at its cell, not a failure of every later decision.
 */
public final class DateCells {

    /** Longest span one cell may give: a holiday is days, not years (a typo in the year would make one). */
    static final int LONGEST_SPAN_DAYS = 31;

    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；\\s]+");
    private static final Pattern SPAN = Pattern.compile("至|～|~|—|–|--");
    private static final Pattern DATE_CODE = Pattern.compile("CalendarDay\\.");

    private DateCells() {
    }

    /** Every day a cell names, in order; {@link IllegalArgumentException} with a Chinese message when it names none or is malformed. */
    public static List<LocalDate> days(String text) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : SEPARATOR.split(text.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = SPAN.split(part, -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("“" + part + "”不是日期或日期段");
            }
            LocalDate first = day(ends[0]);
            LocalDate last = ends.length == 2 ? day(ends[1]) : first;
            if (last.isBefore(first) || first.plusDays(LONGEST_SPAN_DAYS).isBefore(last)) {
                throw new IllegalArgumentException("日期段“" + part + "”应从早到晚，且不超过 " + LONGEST_SPAN_DAYS + " 天");
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("没有日期");
        }
        return days;
    }

    private static LocalDate day(String text) {
        String iso = text.strip().replace('/', '-').replace('.', '-');
        try {
            String[] parts = iso.split("-");
            if (parts.length != 3) {
                throw new DateTimeParseException("not y-m-d", iso, 0);
            }
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("“" + text.strip() + "”不是日期（应写作 2027-01-01）");
        }
    }

    /** Every non-empty cell of a date column of {@code tables} that does not read as dates, located. */
    static List<RuleSetError> check(Map<String, List<RuleTable>> tables) {
        List<RuleSetError> errors = new ArrayList<>();
        tables.forEach((file, fileTables) -> {
            for (RuleTable table : fileTables) {
                table.columns().forEach((column, code) -> {
                    if (!DATE_CODE.matcher(code).find()) {
                        return;
                    }
                    for (int row : table.ruleRows()) {
                        Optional<String> text = table.sheet().text(row, column);
                        try {
                            text.filter(t -> !t.isBlank()).ifPresent(DateCells::days);
                        } catch (IllegalArgumentException e) {
                            errors.add(new RuleSetError(file, table.sheet().name(), row,
                                    CellReference.convertNumToColString(column), e.getMessage()
                                            + "：日期写作 2027-01-01，日期段写作 2027-02-10至2027-02-16，多个用“、”分隔 (not a date)"));
                        }
                    }
                });
            }
        });
        return errors;
    }
}
