package com.meritarchive.documents;

import com.meritarchive.decision.Redecider;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionLabel;
import com.meritarchive.decisionlog.DecisionLog;
import com.meritarchive.decisionlog.DecisionQuery;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.decisionlog.ReadableDecisions;
import com.meritarchive.decisionlog.RecordedBodies;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.web.BeijingTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The recorded quarterly decisions (and quarterly documents calls) the warning page offers: those
 * the caller may read (their own; an author's, any), newest first. A chosen one's warning lists are
 * made again from its recorded request by the version that decided it, which the reproducibility
 * check holds to the recorded answer; a documents call's answer holds no warnings to read back.
 */
@Component
class RecordedQuarters {

    static final int OFFERED = 50;
    private static final List<DecisionKind> QUARTERS = List.of(DecisionKind.QUARTERLY, DecisionKind.DOCUMENTS_QUARTERLY);
    private static final String AUTHOR = "ROLE_AUTHOR";

    private final DecisionLog log;
    private final ReadableDecisions readable;
    private final RuleSets ruleSets;
    private final DocumentMaker maker;

    RecordedQuarters(DecisionLog log, ReadableDecisions readable, RuleSets ruleSets, DocumentMaker maker) {
        this.log = log;
        this.readable = readable;
        this.ruleSets = ruleSets;
        this.maker = maker;
    }

    /** One line of the drop-down list ({@link DecisionLabel}). */
    record Option(String id, String label) {
    }

    List<Option> recent(Authentication caller) {
        boolean author = caller.getAuthorities().stream().anyMatch(role -> AUTHOR.equals(role.getAuthority()));
        return QUARTERS.stream().flatMap(kind -> log.list(new DecisionQuery(kind, null, null, null, 1, OFFERED)).stream())
                .filter(decision -> author || caller.getName().equals(decision.decidedBy()))
                .sorted(Comparator.comparing(DecisionSummary::decidedAt).reversed()).limit(OFFERED)
                .map(RecordedQuarters::option).toList();
    }

    /**
     * The documents of recorded decision {@code id}, or empty when it is not a quarterly one; 404 and
     * 403 (ProblemException) as {@code GET /api/v1/decisions/{id}} for an unknown id or another's decision.
     */
    Optional<Paperwork> paperwork(String id, Authentication caller) throws IOException {
        DecisionEntry entry = readable.find(id, caller, true);
        if (Redecider.decisionKindOf(entry.kind()).filter(DecisionKind.QUARTERLY::equals).isEmpty()) {
            return Optional.empty();
        }
        QuarterlyRequest request = RequestReader.quarterly(new ByteArrayInputStream(RecordedBodies.request(entry)));
        return Optional.of(maker.quarterly(request, ruleSets.resolve(entry.ruleSetId()), DocumentDates.DEFAULT));
    }

    private static Option option(DecisionSummary decision) {
        return new Option(decision.decisionId(), DecisionLabel.of(decision, BeijingTime::format));
    }
}
