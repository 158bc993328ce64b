package com.meritarchive.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * 成文日期 and 公示开始日期 from the documents page's date inputs, each optional, with what is wrong
 * said in Chinese; the same dates and the same order check as the API's {@link DateParameters}.
 */
final class PageDates {

    private PageDates() {
    }

    /** The dates, or {@link DocumentDates#DEFAULT}'s nulls where left empty; problems go to {@code errors}. */
    static DocumentDates read(String documentDate, String noticeStart, List<String> errors) {
        LocalDate signed = date("成文日期", documentDate, errors);
        LocalDate start = date("公示开始日期", noticeStart, errors);
        if (signed != null && start != null && start.isBefore(signed)) {
            errors.add("公示开始日期（" + start + "）不能早于成文日期（" + signed + "）。");
        }
        return new DocumentDates(signed, start);
    }

    private static LocalDate date(String name, String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name + "“" + value + "”不是日期：请用日期选择框选择，或写成 2018-01-05。");
            return null;
        }
    }
}
