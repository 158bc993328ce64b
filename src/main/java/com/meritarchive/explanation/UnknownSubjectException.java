package com.meritarchive.explanation;

import com.meritarchive.request.Vocabulary;
import com.meritarchive.system.NotFoundException;

/** A subject id that names no cadre or unit of the recorded decision (404). */
class UnknownSubjectException extends NotFoundException {

    UnknownSubjectException(String decisionId, String subjectId, String subjectType) {
        super("Unknown subject", "Decision '" + decisionId + "' has no " + (subjectType == null ? "cadre or unit"
                : subjectType.equals(Vocabulary.CADRE) ? "cadre" : "unit") + " with id '" + subjectId + "'");
    }
}
