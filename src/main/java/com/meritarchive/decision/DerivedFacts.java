package com.meritarchive.decision;

import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Run;
import com.meritarchive.decision.fact.Tally;
import com.meritarchive.decision.fact.Window;
import java.util.List;

/**
 * What the rules derived for one subject when a request is decided again: its tally and runs (the
 * facts the tables' rows match), the windows the decision opened, the outcomes left standing and
 * the ones a rule removed again (a veto), with the outcomes that removed them. For explaining a
 * decision in the table's own terms, never for deciding.
 */
public record DerivedFacts(List<Tally> tallies, List<Run> runs, List<Window> windows, List<Outcome> outcomes,
        List<Veto> vetoes) {

    /** An outcome a rule deleted ({@code rule} is the rule's name) while it matched {@code by}. */
    public record Veto(Outcome vetoed, String rule, List<Outcome> by) {
    }

    /** The derived facts of a type the tables match on ({@code Tally}, {@code Run}), by its simple name. */
    public List<?> ofType(String simpleName) {
        return switch (simpleName) {
            case "Tally" -> tallies;
            case "Run" -> runs;
            default -> List.of();
        };
    }
}
