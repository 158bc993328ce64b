package com.meritarchive.documents;

import com.meritarchive.system.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The documents' optional {@code ?documentDate=} and {@code ?noticeStart=}, ISO dates, checked before anything is decided. */
final class DateParameters {

    private DateParameters() {
    }

    static DocumentDates read(String documentDate, String noticeStart) {
        List<InvalidParameter> errors = new ArrayList<>();
        LocalDate signed = date("documentDate", documentDate, errors);
        LocalDate start = date("noticeStart", noticeStart, errors);
        if (signed != null && start != null && start.isBefore(signed)) {
            errors.add(new InvalidParameter("noticeStart", "the notice cannot start (" + start + ") before the documents are signed ("
                    + signed + "); give a noticeStart on or after documentDate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDatesException(errors);
        }
        return new DocumentDates(signed, start);
    }

    private static LocalDate date(String name, String value, List<InvalidParameter> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidParameter(name, "'" + value + "' is not a date; write it as 2018-01-05 (ISO 8601)"));
            return null;
        }
    }

    /** One invalid query parameter and what is wrong with it. */
    record InvalidParameter(String parameter, String message) {
    }

    /** Dates the documents cannot use (422), each named; nothing is decided. */
    static class InvalidDatesException extends ProblemException {

        InvalidDatesException(List<InvalidParameter> errors) {
            super(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request", errors.size() + " invalid date parameter(s): " + errors,
                    errors.size() + " query parameter(s) are invalid; nothing was decided.", Map.of("errors", List.copyOf(errors)),
                    null);
        }
    }
}
