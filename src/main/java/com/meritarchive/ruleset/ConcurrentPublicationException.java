package com.meritarchive.ruleset;

import com.meritarchive.system.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A publication that lost the race: another one committed between the moment this one read the
 * active pointer and the moment it would have moved it. Nothing changed; publishing again (after
 * looking at what is now active) is the caller's choice, never silently made for them.
 */
public class ConcurrentPublicationException extends ProblemException {

    public ConcurrentPublicationException(String refusedId, String activeId) {
        super(HttpStatus.CONFLICT, "Another publication came first",
                "Publication of rule set " + refusedId + " refused: another publication (now active: " + activeId
                        + ") was committed while this one was being checked",
                "Another publication was committed while this one was being checked; rule set " + activeId
                        + " is now active and nothing else changed. Publish " + refusedId + " again if it should replace it.",
                Map.of("active", String.valueOf(activeId), "refused", refusedId), null);
    }
}
