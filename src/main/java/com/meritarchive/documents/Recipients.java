package com.meritarchive.documents;

import java.util.Map;

/** The recipients' Chinese names (POLICY.md "Filing and public notice"), for addressees and file names. */
final class Recipients {

    static final String PUBLIC = "PUBLIC";
    static final String DISCIPLINE_COMMISSION = "DISCIPLINE_COMMISSION";

    private static final Map<String, String> NAMES = Map.of("PUBLIC", "公示", "ORG_DEPT", "县委组织部", "HR_BUREAU", "县人社局",
            "DISCIPLINE_COMMISSION", "县纪委监察局");

    private Recipients() {
    }

    /** 县委组织部 for ORG_DEPT …; an unknown code as it is, so a new route still renders. */
    static String chineseName(String recipient) {
        return NAMES.getOrDefault(recipient, recipient);
    }

    static boolean isPublic(String recipient) {
        return PUBLIC.equals(recipient);
    }
}
