package com.meritarchive.documents;

import com.meritarchive.request.Vocabulary;

/**
 * The recipients' Chinese names (POLICY.md "Filing and public notice"), for addressees and file names;
 * a warning list's recipient is its unit.
 */
final class Recipients {

    static final String PUBLIC = Vocabulary.PUBLIC;
    static final String DISCIPLINE_COMMISSION = Vocabulary.DISCIPLINE_COMMISSION;

    private Recipients() {
    }

    /** 县委组织部 for ORG_DEPT … ({@link Vocabulary#RECIPIENT_NAMES}); an unknown code as it is, so a new route still renders. */
    static String chineseName(String recipient) {
        return Vocabulary.RECIPIENT_NAMES.getOrDefault(recipient, recipient);
    }

    /** Who receives {@code document}, for addressees, file names and pages: the unit's name on a warning list. */
    static String name(Documents.Document document) {
        return isWarnings(document.recipient()) && document.unitName() != null ? document.unitName()
                : chineseName(document.recipient());
    }

    /** A unit's warning list (预警名单). */
    static boolean isWarnings(String recipient) {
        return Documents.UNIT.equals(recipient);
    }

    static boolean isPublic(String recipient) {
        return PUBLIC.equals(recipient);
    }
}
