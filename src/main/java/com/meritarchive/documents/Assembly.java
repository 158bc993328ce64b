package com.meritarchive.documents;

import com.meritarchive.decision.fact.Route;
import com.meritarchive.documents.Documents.Document;
import com.meritarchive.documents.Documents.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Puts routed results into documents: one per recipient with entries, in the order of
 * {@link Documents#RECIPIENTS}, entries sorted by unit, then name. Which recipient gets what is
 * the routes' (the table's) alone; a public notice leaves out the evidence, as POLICY.md says.
 */
final class Assembly {

    /** The order of a document's entries: unit, then name, then whatever tells two entries apart. */
    static final Comparator<Entry> BY_UNIT_THEN_NAME = Comparator
            .comparing((Entry e) -> Objects.toString(e.unit(), ""))
            .thenComparing(e -> Objects.toString(e.name(), ""))
            .thenComparing(Entry::subjectType).thenComparing(Entry::subjectId).thenComparing(Entry::code)
            .thenComparing(Entry::rule).thenComparing(e -> String.join(",", e.evidence()))
            .thenComparing(e -> Objects.toString(e.message(), ""));

    private Assembly() {
    }

    /**
     * @param labels outcome code → Chinese name, from the rule set's code workbook
     * @param title  recipient → the document's title
     */
    static List<Document> documents(List<Result> results, List<Route> routes, People people,
            UnaryOperator<String> labels, UnaryOperator<String> title) {
        Map<String, List<Result>> byKey = new HashMap<>();
        results.forEach(result -> byKey.computeIfAbsent(result.key(), k -> new ArrayList<>()).add(result));
        Map<String, Set<Entry>> byRecipient = new HashMap<>();
        for (Route route : routes) {
            String key = route.subjectType() + "/" + route.subjectId() + "/" + route.code();
            for (Result result : byKey.getOrDefault(key, List.of())) {
                byRecipient.computeIfAbsent(route.recipient(), k -> new LinkedHashSet<>())
                        .add(entry(result, people, labels, Route.PUBLIC.equals(route.recipient())));
            }
        }
        List<Document> documents = new ArrayList<>();
        for (String recipient : Documents.RECIPIENTS) {
            Set<Entry> entries = byRecipient.get(recipient);
            if (entries != null) {
                documents.add(new Document(recipient, title.apply(recipient), entries.stream().sorted(BY_UNIT_THEN_NAME).toList()));
            }
        }
        return documents;
    }

    private static Entry entry(Result result, People people, UnaryOperator<String> labels, boolean publicNotice) {
        return new Entry(result.subjectType(), result.subjectId(), people.name(result.subjectType(), result.subjectId()),
                people.unit(result.subjectType(), result.subjectId()), result.code(), labels.apply(result.code()),
                result.rule(), publicNotice ? List.of() : List.copyOf(result.evidence()));
    }
}
