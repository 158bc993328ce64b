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
    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final Map<String, CompiledRuleSet> cache;

    public RuleSets(RuleSetStore store, RuleSetCompiler compiler, MeritProperties properties) {
        this.store = store;
        this.compiler = compiler;
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
     * Compiles the active version's files with {@code uploaded} replacing same-named ones and
     * stores the result; nothing is stored when it does not compile.
     */
    public RuleSetVersion upload(Map<String, byte[]> uploaded, String user) {
        SortedMap<String, byte[]> files = new TreeMap<>(store.files(version(active().id())).files());
        files.putAll(uploaded);
        RuleSetFiles overlay = new RuleSetFiles(files);
        CompiledRuleSet compiled = compiler.compile(overlay);
        RuleSetVersion version = store.save(overlay, user);
        remember(compiled);
        return version.withActive(version.sha256().equals(active().sha256()));
    }

    /** Publishes a stored version: persisted first, then swapped in one atomic step. */
    public synchronized RuleSetVersion activate(String id, String user) {
        RuleSetVersion version = version(id);
        CompiledRuleSet compiled = compiled(version);
        store.markActive(version);
        CompiledRuleSet previous = active.getAndSet(compiled);
        if (previous != null && previous != compiled) {
            remember(previous);
        }
        log.info("Rule set {} published by {} (was {})", version.id(), user, previous == null ? "none" : previous.id());
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
