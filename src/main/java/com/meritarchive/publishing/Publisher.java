package com.meritarchive.publishing;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetChanges;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.ruleset.RuleSetStore;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.scenario.ScenarioReport;
import com.meritarchive.scenario.ScenarioRunner;
import com.meritarchive.scenario.ScenariosFailedException;
import com.meritarchive.system.Timing;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one place a rule-set version goes from files to published: upload → compile → run its
 * test scenarios → store it with their report; and activation, which refuses a version whose
 * own scenarios fail unless forced. Everything below it (compiling, storing, the active
 * pointer, running scenarios) knows nothing of this flow.
 */
@Service
public class Publisher {

    /** The member of version.json that holds a version's scenario report. */
    static final String SCENARIOS = "scenarios";

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final RuleSets ruleSets;
    private final RuleSetStore store;
    private final RuleSetCompiler compiler;
    private final ScenarioRunner scenarios;
    private final MeterRegistry meters;

    Publisher(RuleSets ruleSets, RuleSetStore store, RuleSetCompiler compiler, ScenarioRunner scenarios,
            MeterRegistry meters) {
        this.meters = meters;
        this.ruleSets = ruleSets;
        this.store = store;
        this.compiler = compiler;
        this.scenarios = scenarios;
    }

    /**
     * Compiles the active version's files with {@code uploaded} replacing same-named ones, runs
     * the test scenarios that come with them and stores the result with the scenario report;
     * nothing is stored when the files do not compile or a scenario workbook is malformed, or when
     * they hold code ({@code .drl}, {@code .csv}) and the uploader may not upload code (403).
     */
    PublishedVersion upload(Map<String, byte[]> uploaded, Uploader uploader) {
        return store(uploaded, uploader).version();
    }

    /** An upload's version, and whether it was stored now ({@code 201}) or was already there ({@code 200}). */
    record Upload(PublishedVersion version, boolean created) {
    }

    /** As {@link #upload}, saying whether the version is new. A refusal is the uploader's mistake: one WARN line. */
    Upload store(Map<String, byte[]> uploaded, Uploader uploader) {
        CodeUploadForbiddenException.check(uploaded.keySet(), uploader);
        String user = uploader.name();
        SortedMap<String, byte[]> files = new TreeMap<>(ruleSets.files(ruleSets.activeVersion()).files());
        files.putAll(uploaded);
        RuleSetFiles overlay = new RuleSetFiles(files);
        CompiledRuleSet compiled;
        try {
            compiled = compiler.compile(overlay);
        } catch (RuleSetInvalidException e) {
            RuleSetError first = e.errors().isEmpty() ? null : e.errors().get(0);
            log.warn("Upload of {} by {} refused with {} error(s), nothing stored; the first: {}", uploaded.keySet(), user,
                    e.errors().size(), first == null ? "none" : first.describe());
            throw e;
        }
        ScenarioReport report = scenarios.run(overlay, compiled);
        RuleSetStore.Saved saved = store.store(overlay, user, Map.of(SCENARIOS, report));
        RuleSetVersion version = saved.version();
        ruleSets.keep(compiled);
        if (!saved.created()) {
            log.info("Upload of {} by {}: the same files as the stored version {}, nothing new stored", uploaded.keySet(),
                    user, version.id());
        }
        return new Upload(PublishedVersion.of(version.withActive(version.sha256().equals(ruleSets.active().sha256())),
                report(version)), saved.created());
    }

    /**
     * Stores files compiled at first start as a version with their scenario report, and activates it
     * as the first publication; a {@link ConcurrentPublicationException} when another replica's first
     * start came first.
     */
    RuleSetVersion importAndActivate(RuleSetFiles files, CompiledRuleSet compiled, String user) {
        ScenarioReport report = scenarios.run(files, compiled);
        int total = report.passed() + report.failed();
        if (report.failed() > 0) {
            log.warn("First start: {} of {} test scenarios pass; failing: {}", report.passed(), total, report.failures());
        } else {
            log.info("First start: {} of {} test scenarios pass", report.passed(), total);
        }
        RuleSetVersion version = store.save(files, user, Map.of(SCENARIOS, report));
        ruleSets.activate(version, compiled, 0, user);
        return version;
    }

    /**
     * Publishes a stored version: the scenario gate first (a version whose own scenarios fail is
     * refused unless {@code force}), then the swap, persisted before it takes effect, provided no
     * other publication (here or on another replica) was committed meanwhile (409 otherwise).
     */
    public PublishedVersion activate(String id, String user, boolean force) {
        return activate(id, user, force, ruleSets.generation()); // a publication committed from now on makes this a 409
    }

    /**
     * As {@link #activate(String, String, boolean)}, over the state the publisher saw when the store's
     * generation was {@code generation} (the publish page's, when it showed the changes).
     */
    public PublishedVersion activate(String id, String user, boolean force, long generation) {
        return Timing.time(meters, "merit.ruleset.publish", "Publishing a version", () -> publish(id, user, force, generation));
    }

    private PublishedVersion publish(String id, String user, boolean force, long generation) {
        RuleSetVersion version = ruleSets.version(id);
        CompiledRuleSet compiled = ruleSets.compiled(version);
        ScenarioReport stored = report(version);
        ScenarioReport report = stored != null ? stored : scenarios.run(ruleSets.files(version), compiled);
        if (report.failed() > 0 && !force) {
            throw new ScenariosFailedException(version.id(), report);
        }
        CompiledRuleSet previous = ruleSets.activate(version, compiled, generation, user);
        log.info("Rule set {} published by {}{} (was {})", version.id(), user,
                report.failed() > 0 ? ", forced past " + report.failed() + " failing scenarios" : "",
                previous == null ? "none" : previous.id());
        return PublishedVersion.of(version.withActive(true), stored);
    }

    /** Every stored version, newest first, the active one marked, with its scenario report. */
    public List<PublishedVersion> list() {
        return ruleSets.list().stream().map(version -> PublishedVersion.of(version, report(version))).toList();
    }

    /** One stored version with its scenario report; 404 for an unknown id. */
    public PublishedVersion version(String id) {
        RuleSetVersion version = ruleSets.version(id);
        return PublishedVersion.of(version.withActive(version.sha256().equals(ruleSets.active().sha256())), report(version));
    }

    /**
     * What version {@code id} changes compared with version {@code against}, or with the active
     * version when {@code against} is null or blank; 404 for an unknown id of either.
     */
    public RuleSetChanges changes(String id, String against) {
        RuleSetVersion version = ruleSets.version(id);
        RuleSetVersion base = against == null || against.isBlank() ? ruleSets.activeVersion() : ruleSets.version(against);
        return RuleSetChanges.between(version.id(), ruleSets.files(version), base.id(), ruleSets.files(base));
    }

    public PublishedVersion active() {
        RuleSetVersion version = ruleSets.activeVersion();
        return PublishedVersion.of(version, report(version));
    }

    private ScenarioReport report(RuleSetVersion version) {
        return store.annotation(version, SCENARIOS, ScenarioReport.class).orElse(null);
    }
}
