package com.meritarchive.request;

import java.util.List;

/** One indicator's city ranking in one quarter as the HR system sends it (CONTRACT.md "Assessment"). */
public record AssessmentInput(String id, String keyWork, String task, String indicator, int rank, int rankedCount,
        Integer targetRank, String leadUnitId, List<GroupMemberInput> group) {

    /** A member of the responsibility group and their role. */
    public record GroupMemberInput(String cadreId, String role) {
    }
}
