package com.meritarchive.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says that the decision does not know: who issues it, the telephone for
 * objections, how many working days a public notice runs, when it starts, and the date the
 * document is signed (成文日期). The routing work supplies these from the rule set's parameters;
 * until then {@link #defaults} holds the county's values.
 */
public record NoticeParameters(String issuer, String phone, int noticeWorkingDays, LocalDate noticeStart,
        LocalDate documentDate) {

    public static final String DEFAULT_ISSUER = "中共镇坪县委组织部";
    public static final String DEFAULT_PHONE = "0915-xxxxxxx";
    public static final int DEFAULT_NOTICE_WORKING_DAYS = 5;

    public NoticeParameters {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(noticeStart, "noticeStart");
        Objects.requireNonNull(documentDate, "documentDate");
        if (noticeWorkingDays < 1) {
            throw new IllegalArgumentException("a public notice runs at least one working day: " + noticeWorkingDays);
        }
    }

    /** The county's issuer, a placeholder telephone and five working days, from {@code noticeStart}, signed on {@code documentDate}. */
    public static NoticeParameters defaults(LocalDate noticeStart, LocalDate documentDate) {
        return new NoticeParameters(DEFAULT_ISSUER, DEFAULT_PHONE, DEFAULT_NOTICE_WORKING_DAYS, noticeStart, documentDate);
    }

    /** The last day of the notice period (公示期), counted in working days from its start. */
    public LocalDate noticeEnd() {
        return WorkingDays.lastOf(noticeStart, noticeWorkingDays);
    }
}
