package com.meritarchive.ruleset;

import com.meritarchive.system.MeritProperties;
import com.meritarchive.system.UnknownRuleSetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule sets decisions can use: the active one, or any stored version by id. A request
 * resolves its rule set once and decides wholly with it, so a swap never mixes two versions in
 * one answer; requests already running when a version is published finish on the old one.
 * Compiled versions other than the active one are kept in a small LRU cache
 * ({@code merit.compiled-cache-size}), so that memory stays bounded however many versions exist.
 */
@Component
public class RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    private final RuleSetStore store;
    private final RuleSetCompiler compiler;
    private final ScenarioCheck scenarios;
    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final Map<String, CompiledRuleSet> cache;

    public RuleSets(RuleSetStore store, RuleSetCompiler compiler, ScenarioCheck scenarios, MeritProperties properties) {
        this.store = store;
        this.compiler = compiler;
        this.scenarios = scenarios;
        int size = Math.max(0, properties.compiledCacheSize());
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledRuleSet> eldest) {
                return size() > size;
            }
        };
    }

    public CompiledRuleSet active() {
        CompiledRuleSet ruleSet = active.get();
        if (ruleSet == null) {
            throw new IllegalStateException("No rule set is active yet");
        }
        return ruleSet;
    }

    /** The rule set with this id, or the active one when {@code id} is null; 404 for an unknown id. */
    public CompiledRuleSet resolve(String id) {
        CompiledRuleSet current = active();
        if (id == null || id.equals(current.id()) || id.equals(current.sha256())) {
            return current;
        }
        synchronized (cache) {
            for (CompiledRuleSet cached : cache.values()) {
                if (id.equals(cached.id()) || id.equals(cached.sha256())) {
                    return cached;
                }
            }
        }
        return compiled(version(id));
    }

    public RuleSetVersion version(String id) {
        return store.find(id).orElseThrow(() -> new UnknownRuleSetException(id));
    }

    /** All stored versions, newest first, the active one marked. */
    public List<RuleSetVersion> list() {
        String activeSha = active().sha256();
        return store.list().stream().map(v -> v.withActive(v.sha256().equals(activeSha))).toList();
    }

    public RuleSetFiles files(RuleSetVersion version) {
        return store.files(version);
    }

    /**
     * Compiles the active version's files with {@code uploaded} replacing same-named ones, runs
     * the test scenarios that come with them and stores the result with the scenario report;
     * nothing is stored when the files do not compile or a scenario workbook is malformed.
     */
    public RuleSetVersion upload(Map<String, byte[]> uploaded, String user) {
        SortedMap<String, byte[]> files = new TreeMap<>(store.files(version(active().id())).files());
        files.putAll(uploaded);
        RuleSetFiles overlay = new RuleSetFiles(files);
        CompiledRuleSet compiled = compiler.compile(overlay);
        RuleSetVersion version = store.save(overlay, user, scenarios.check(overlay, compiled));
        remember(compiled);
        return version.withActive(version.sha256().equals(active().sha256()));
    }

    /** Stores files as a version with their scenario report (first start). */
    RuleSetVersion importVersion(RuleSetFiles files, CompiledRuleSet compiled, String user) {
        return store.save(files, user, scenarios.check(files, compiled));
    }

    /**
     * Publishes a stored version: persisted first, then swapped in one atomic step. A version
     * whose own scenarios fail is refused unless {@code force}.
     */
    public synchronized RuleSetVersion activate(String id, String user, boolean force) {
        RuleSetVersion version = version(id);
        CompiledRuleSet compiled = compiled(version);
        ScenarioReport report = version.scenarios() != null ? version.scenarios() : scenarios.check(files(version), compiled);
        if (report.failed() > 0 && !force) {
            throw new ScenariosFailedException(version.id(), report);
        }
        store.markActive(version);
        CompiledRuleSet previous = active.getAndSet(compiled);
        if (previous != null && previous != compiled) {
            remember(previous);
        }
        log.info("Rule set {} published by {}{} (was {})", version.id(), user,
                report.failed() > 0 ? ", forced past " + report.failed() + " failing scenarios" : "",
                previous == null ? "none" : previous.id());
        return version.withActive(true);
    }

    /** At start: the stored active version, compiled. */
    void start(CompiledRuleSet ruleSet) {
        active.set(ruleSet);
    }

    CompiledRuleSet compiled(RuleSetVersion version) {
        CompiledRuleSet current = active.get();
        if (current != null && current.sha256().equals(version.sha256())) {
            return current;
        }
        synchronized (cache) {
            CompiledRuleSet cached = cache.get(version.sha256());
            if (cached != null) {
                return cached;
            }
        }
        CompiledRuleSet compiled = compiler.compile(store.files(version));
        remember(compiled);
        return compiled;
    }

    private void remember(CompiledRuleSet compiled) {
        synchronized (cache) {
            cache.put(compiled.sha256(), compiled);
        }
    }
}
