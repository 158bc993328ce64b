package com.meritarchive.simulation;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.AnnualFacts;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.SimulationRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.TimeBudget;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * What-if: one dataset decided by a baseline and a candidate rule set (both really compiled,
 * side by side when memory allows, on year-end facts built once), and the difference per code and
 * per subject. Nothing is stored or published.
 */
@Service
public class Simulator {

    private final RuleSets ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final SimulationSides sides;
    private final TimeBudget budget;

    Simulator(RuleSets ruleSets, AnnualDecider annual, QuarterlyDecider quarterly, SimulationSides sides,
            TimeBudget budget) {
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
        this.sides = sides;
        this.budget = budget;
    }

    public Simulation simulate(SimulationRequest request) {
        return simulate(request.candidate(), request.baseline(), request.dataset());
    }

    /**
     * {@code baselineId} null: the active version. When either side is not the active version its
     * rules were never run for real: the simulation runs within the time budget ({@link TimeBudget}),
     * and a 503 answers one that spends it.
     */
    public Simulation simulate(String candidateId, String baselineId, Dataset dataset) {
        CompiledRuleSet candidate = ruleSets.resolve(candidateId);
        CompiledRuleSet baseline = ruleSets.resolve(baselineId);
        CompiledRuleSet active = ruleSets.active();
        Supplier<SimulationSides.Both<Decided>> run = () -> {
            AnnualFacts facts = annualFacts(dataset);
            return sides.run(dataset, () -> decide(baseline, dataset, facts), () -> decide(candidate, dataset, facts));
        };
        SimulationSides.Both<Decided> results;
        try {
            results = candidate == active && baseline == active ? run.get() : budget.run("a simulation", run);
        } catch (TimeBudget.Spent e) {
            throw new SimulationTimedOutException(e);
        }
        return OutcomeDiff.between(RuleSetRef.of(baseline), RuleSetRef.of(candidate), results.baseline(),
                results.candidate(), SubjectNames.of(dataset));
    }

    /** The Chinese names of the outcome codes of a simulation's two versions. */
    OutcomeLabels labels(Simulation simulation) {
        return OutcomeLabels.of(ruleSets.resolve(simulation.baseline().id()), ruleSets.resolve(simulation.candidate().id()));
    }

    /**
     * A recorded decision against {@code candidateId} (a replay): {@code recorded} is what the
     * decision gave as recorded, or null to decide again with the recorded version (a record whose
     * answer is not the decision itself, documents); {@code decide} decides the recorded request with
     * a rule set. Within the time budget unless every version run is the active one.
     */
    Simulation replay(RuleSetRef recordedVersion, Decided recorded, String candidateId,
            Function<CompiledRuleSet, Decided> decide, SubjectNames names) {
        CompiledRuleSet candidate = ruleSets.resolve(candidateId);
        CompiledRuleSet baseline = recorded == null ? ruleSets.resolve(recordedVersion.id()) : null;
        CompiledRuleSet active = ruleSets.active();
        Supplier<SimulationSides.Both<Decided>> run = () -> new SimulationSides.Both<>(
                recorded == null ? decide.apply(baseline) : recorded, decide.apply(candidate));
        SimulationSides.Both<Decided> results;
        try {
            results = candidate == active && (baseline == null || baseline == active) ? run.get()
                    : budget.run("a replay", run);
        } catch (TimeBudget.Spent e) {
            throw new SimulationTimedOutException(e);
        }
        return OutcomeDiff.between(baseline == null ? recordedVersion : RuleSetRef.of(baseline), RuleSetRef.of(candidate),
                results.baseline(), results.candidate(), names);
    }

    /** The dataset's results under {@code ruleSet}, with the quarter's warnings when it has a quarterly request. */
    Decided decide(CompiledRuleSet ruleSet, Dataset dataset) {
        return decide(ruleSet, dataset, annualFacts(dataset));
    }

    /**
     * The year-end request's facts (null without one), built once for both sides: they are
     * immutable, and when each side grouped a province's 150,000 records by subject itself, that was
     * a tenth of a simulation's samples in a JFR profile. A quarterly request is built per side.
     */
    private AnnualFacts annualFacts(Dataset dataset) {
        return dataset.annual() == null ? null : annual.facts(dataset.annual());
    }

    /** As {@link #decide(CompiledRuleSet, Dataset)}, with the year-end request's facts built beforehand. */
    Decided decide(CompiledRuleSet ruleSet, Dataset dataset, AnnualFacts annualFacts) {
        SubjectResults results = new SubjectResults();
        SubjectWarnings warnings = null;
        if (annualFacts != null) {
            results.addAnnual(annual.decide(annualFacts, ruleSet));
        }
        if (dataset.quarterly() != null) {
            QuarterlyDecision decision = quarterly.decide(dataset.quarterly(), ruleSet);
            results.addQuarterly(decision, dataset.quarterly().records());
            warnings = SubjectWarnings.of(decision.warnings());
        }
        return new Decided(results, warnings);
    }
}
