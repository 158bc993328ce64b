package com.meritarchive.explanation;

import com.meritarchive.decision.DerivedFacts;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Window;
import com.meritarchive.explanation.Explanation.NotGiven;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.TableRow;
import com.meritarchive.ruleset.TableRow.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outcomes the decided period's tables offer a subject that it did not get, and why: every
 * table row on the subject's derived facts (tally, runs) whose subject-type, unit-kind and window
 * cells fit the subject and the decision is an offer; its conditions are tested on the facts the
 * rules matched, and the first that fails is the reason, said from its own cells. A row whose
 * conditions all hold but whose outcome a rule removed was vetoed, and says by which outcome.
 */
final class Offers {

    /** The derived facts the tables' rows match per subject. */
    private static final Set<String> SUBJECT_FACTS = Set.of("Tally", "Run");
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[,，、;；\\s]+");

    private Offers() {
    }

    /**
     * @param received the outcome codes the subject got in the recorded decision
     * @param unitKind the subject's unit kind (null for a cadre)
     */
    static List<NotGiven> notGiven(CompiledRuleSet ruleSet, DerivedFacts facts, int year, String subjectType, String unitKind,
            Set<String> received) {
        List<NotGiven> notGiven = new ArrayList<>();
        for (TableRow row : ruleSet.tableRows()) {
            if (!offered(row, facts, subjectType, unitKind)) {
                continue;
            }
            for (String code : outcomes(row, ruleSet)) {
                if (!received.contains(code)) {
                    notGiven.add(new NotGiven(code, ruleSet.codes().outcomeName(code), row.clause(), row.description(),
                            reason(row, code, facts, year, ruleSet)));
                }
            }
        }
        return List.copyOf(notGiven);
    }

    /** Whether the row decides on facts this decision derived, for this kind of subject, in a window it opened. */
    static boolean offered(TableRow row, DerivedFacts facts, String subjectType, String unitKind) {
        if (row.conditions().isEmpty()) {
            return false;
        }
        for (Column condition : row.conditions()) {
            if (condition.fact() == null || !SUBJECT_FACTS.contains(condition.fact())
                    || "Tally".equals(condition.fact()) && facts.tallies().isEmpty()) {
                return false;
            }
            boolean fits = switch (condition.field() == null ? "" : condition.field()) {
                case "subjectType" -> Conditions.holds(condition, subjectType);
                case "subjectKind" -> Conditions.holds(condition, unitKind);
                case "window" -> facts.windows().stream().map(Window::name).anyMatch(w -> Conditions.holds(condition, w));
                default -> true;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The outcome codes in the row's action cells (the 结果 column; several may share a cell). */
    private static List<String> outcomes(TableRow row, CompiledRuleSet ruleSet) {
        Map<String, String> names = ruleSet.codes().outcomeNames();
        return row.actions().stream().flatMap(action -> CODE_SEPARATOR.splitAsStream(action.value()))
                .filter(names::containsKey).distinct().toList();
    }

    /** Why the row's outcome {@code code} was not given: its first failing condition, or the veto that removed it. */
    static String reason(TableRow row, String code, DerivedFacts facts, int year, CompiledRuleSet ruleSet) {
        Map<String, List<Column>> byFact = new LinkedHashMap<>();
        row.conditions().forEach(c -> byFact.computeIfAbsent(c.fact(), f -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<Column>> pattern : byFact.entrySet()) {
            Optional<Failure> failure = failure(pattern.getValue(), facts.ofType(pattern.getKey()));
            if (failure.isPresent()) {
                return Sentences.failed(row, failure.get().condition(), failure.get().actual(), year, ruleSet.codes());
            }
        }
        return facts.vetoes().stream().filter(v -> v.vetoed().code().equals(code) && v.vetoed().rule().equals(row.clause()))
                .findFirst().map(veto -> vetoed(veto, ruleSet))
                .orElse("条件均已满足，但该结果未获认定（被其他规则撤销）");
    }

    private static String vetoed(DerivedFacts.Veto veto, CompiledRuleSet ruleSet) {
        return veto.by().stream().findFirst()
                .map(by -> "条件均已满足，但同时被认定“" + label(by, ruleSet) + "”（" + by.rule() + "），该结果被否决")
                .orElse("条件均已满足，但被规则“" + veto.rule() + "”否决");
    }

    private static String label(Outcome outcome, CompiledRuleSet ruleSet) {
        String name = ruleSet.codes().outcomeName(outcome.code());
        return name.isEmpty() ? outcome.code() : name;
    }

    /** A condition that fails on the subject's fact nearest to meeting the row, with that fact's value. */
    record Failure(Column condition, Object actual, int index) {
    }

    /**
     * Empty when one of the candidate facts meets every condition; otherwise the failure of the
     * candidate that gets furthest: among the facts that match the row's code cells (type, scope,
     * window …), the one whose first failing number is nearest (the longest run for a "≥" row).
     * Without any such fact the count is 0.
     */
    static Optional<Failure> failure(List<Column> conditions, List<?> candidates) {
        List<Column> testable = conditions.stream().filter(Conditions::testable).toList();
        Failure best = null;
        for (Object fact : candidates) {
            Failure failure = firstFailure(testable, fact);
            if (failure == null) {
                return Optional.empty();
            }
            if (best == null || closer(failure, best)) {
                best = failure;
            }
        }
        boolean matchesCodes = best != null && !Conditions.isEquality(best.condition());
        if (!matchesCodes) {
            Optional<Column> counted = testable.stream().filter(c -> c.number().isPresent()).findFirst();
            if (counted.isPresent()) {
                return Optional.of(new Failure(counted.get(), 0, testable.indexOf(counted.get())));
            }
        }
        return Optional.ofNullable(best);
    }

    private static Failure firstFailure(List<Column> conditions, Object fact) {
        for (int i = 0; i < conditions.size(); i++) {
            Column condition = conditions.get(i);
            if (!Conditions.holdsOn(condition, fact)) {
                return new Failure(condition, Conditions.value(fact, condition.field()), i);
            }
        }
        return null;
    }

    private static boolean closer(Failure candidate, Failure best) {
        if (candidate.index() != best.index()) {
            return candidate.index() > best.index();
        }
        Comparator<Object> byNumber = Comparator.comparingLong(v -> v instanceof Number n ? n.longValue() : 0L);
        boolean wantsMore = !List.of("<=", "<").contains(candidate.condition().operator());
        int compared = byNumber.compare(candidate.actual(), best.actual());
        return wantsMore ? compared > 0 : compared < 0;
    }
}
