package com.meritarchive.simulation;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.SimulationRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSets;
import org.springframework.stereotype.Service;

/**
 * What-if: one dataset decided by a baseline and a candidate rule set (both really compiled,
 * side by side when memory allows), and the difference per code and per subject. Nothing is
 * stored or published.
 */
@Service
public class Simulator {

    private final RuleSets ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final SimulationSides sides;

    Simulator(RuleSets ruleSets, AnnualDecider annual, QuarterlyDecider quarterly, SimulationSides sides) {
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
        this.sides = sides;
    }

    public Simulation simulate(SimulationRequest request) {
        return simulate(request.candidate(), request.baseline(), request.dataset());
    }

    /** {@code baselineId} null: the active version. */
    public Simulation simulate(String candidateId, String baselineId, Dataset dataset) {
        CompiledRuleSet candidate = ruleSets.resolve(candidateId);
        CompiledRuleSet baseline = ruleSets.resolve(baselineId);
        SimulationSides.Both<SubjectResults> results = sides.run(dataset, () -> decide(baseline, dataset),
                () -> decide(candidate, dataset));
        return OutcomeDiff.between(RuleSetRef.of(baseline), RuleSetRef.of(candidate), results.baseline(),
                results.candidate(), SubjectNames.of(dataset));
    }

    /** The Chinese names of the outcome codes of a simulation's two versions. */
    OutcomeLabels labels(Simulation simulation) {
        return OutcomeLabels.of(ruleSets.resolve(simulation.baseline().id()), ruleSets.resolve(simulation.candidate().id()));
    }

    private SubjectResults decide(CompiledRuleSet ruleSet, Dataset dataset) {
        SubjectResults results = new SubjectResults();
        if (dataset.annual() != null) {
            results.addAnnual(annual.decide(dataset.annual(), ruleSet));
        }
        if (dataset.quarterly() != null) {
            results.addQuarterly(quarterly.decide(dataset.quarterly(), ruleSet), dataset.quarterly().records());
        }
        return results;
    }
}
