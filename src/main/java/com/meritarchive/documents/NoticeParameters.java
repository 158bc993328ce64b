package com.meritarchive.documents;

import com.meritarchive.decision.fact.NoticeTerms;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says that the decision does not know: who issues it, the telephone for
 * objections, how many working days a public notice runs and by which calendar, when it starts,
 * and the date the document is signed (成文日期). The terms and the calendar are the rule set's
 * (routing table), the dates the caller's ({@link DocumentDates}).
 */
public record NoticeParameters(String issuer, String phone, int noticeWorkingDays, WorkingDays calendar,
        LocalDate noticeStart, LocalDate documentDate) {

    public NoticeParameters {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(noticeStart, "noticeStart");
        Objects.requireNonNull(documentDate, "documentDate");
        if (noticeWorkingDays < 1) {
            throw new IllegalArgumentException("a public notice runs at least one working day: " + noticeWorkingDays);
        }
    }

    /**
     * The rule set's terms and calendar with the caller's dates: signed today unless the caller
     * says otherwise, the notice from the first working day after signing unless the caller says.
     */
    static NoticeParameters of(NoticeTerms terms, WorkingDays calendar, DocumentDates dates, LocalDate today) {
        LocalDate signed = dates.documentDate() != null ? dates.documentDate() : today;
        LocalDate start = dates.noticeStart() != null ? dates.noticeStart() : calendar.next(signed);
        return new NoticeParameters(terms.issuingOffice(), terms.supervisionPhone(), terms.workingDays(), calendar, start, signed);
    }

    /** The last day of the notice period (公示期), counted in working days from its start. */
    public LocalDate noticeEnd() {
        return calendar.lastOf(noticeStart, noticeWorkingDays);
    }
}
