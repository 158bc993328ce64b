package com.meritarchive.documents;

import java.time.LocalDate;

/**
 * The dates a caller may fix for the documents: the date they are signed (成文日期) and the first
 * day of the public notice (公示期). Either may be null: the document date is then today (Beijing
 * time) and the notice starts on the first working day after it.
 */
public record DocumentDates(LocalDate documentDate, LocalDate noticeStart) {

    /** Today's documents, the notice from the next working day. */
    public static final DocumentDates DEFAULT = new DocumentDates(null, null);
}
