package com.meritarchive.ruleset;

import com.meritarchive.system.MeritProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rule sets decisions can use: the active one, or any stored version by id. A request
 * resolves its rule set once and decides wholly with it, so a swap never mixes two versions in
 * one answer; requests already running when a version is activated finish on the old one.
 * Compiled versions other than the active one are kept in a small LRU cache
 * ({@code merit.compiled-cache-size}), so that memory stays bounded however many versions exist.
 * Which version may become active, and when, is decided above this (publishing).
 */
@Component
public class RuleSets {

    private final RuleSetStore store;
    private final RuleSetCompiler compiler;
    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final Map<String, CompiledRuleSet> cache;
    private final ApplicationEventPublisher events;

    public RuleSets(RuleSetStore store, RuleSetCompiler compiler, MeritProperties properties) {
        this(store, compiler, properties, event -> { });
    }

    /** @param events told of every switch ({@link RuleSetActivated}) */
    @Autowired
    public RuleSets(RuleSetStore store, RuleSetCompiler compiler, MeritProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
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

    /** The active rule set; 503 while the service is still starting and none is. */
    public CompiledRuleSet active() {
        CompiledRuleSet ruleSet = active.get();
        if (ruleSet == null) {
            throw new NoActiveRuleSetException();
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

    /**
     * Whether a version has been published at some time: only those may decide for callers who
     * cannot author (the HR system), whatever {@code ?ruleSet=} they send.
     */
    public boolean wasPublished(RuleSetVersion version) {
        CompiledRuleSet current = active.get();
        return current != null && current.sha256().equals(version.sha256()) || store.wasPublished(version.sha256());
    }

    /** The active version as stored. */
    public RuleSetVersion activeVersion() {
        return version(active().id()).withActive(true);
    }

    /** All stored versions, newest first, the active one marked. */
    public List<RuleSetVersion> list() {
        String activeSha = active().sha256();
        return store.list().stream().map(v -> v.withActive(v.sha256().equals(activeSha))).toList();
    }

    public RuleSetFiles files(RuleSetVersion version) {
        return store.files(version);
    }

    /** One file of a stored version as stored; 404 for an unknown version or name. */
    public byte[] file(String id, String name) {
        byte[] content = files(version(id)).files().get(name);
        if (content == null) {
            throw new UnknownFileException(id, name);
        }
        return content;
    }

    /** A stored version ready to decide: the active one, a cached one, or compiled now and cached. */
    public CompiledRuleSet compiled(RuleSetVersion version) {
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
        keep(compiled);
        return compiled;
    }

    /** Keeps a version compiled elsewhere (an upload) so that deciding or publishing with it does not compile it again. */
    public void keep(CompiledRuleSet compiled) {
        synchronized (cache) {
            cache.put(compiled.sha256(), compiled);
        }
    }

    /** How many publications the store has seen: what {@link #activate} checks is unchanged. */
    public long generation() {
        return store.generation();
    }

    /**
     * Makes a stored version the active one: persisted first (refused with a
     * {@link ConcurrentPublicationException} when a publication happened since the store's
     * {@link #generation} was {@code generation}), then swapped in one atomic step. Returns the
     * version that was active before (null at start).
     */
    public synchronized CompiledRuleSet activate(RuleSetVersion version, CompiledRuleSet compiled, long generation,
            String user) {
        store.markActive(version, generation, user);
        return swap(compiled);
    }

    /**
     * Decides with a version another replica published (already in the store): swapped in one
     * atomic step, nothing written. Returns the version that was active before.
     */
    public synchronized CompiledRuleSet follow(CompiledRuleSet compiled) {
        return swap(compiled);
    }

    private CompiledRuleSet swap(CompiledRuleSet compiled) {
        CompiledRuleSet previous = active.getAndSet(compiled);
        if (previous != null && previous != compiled) {
            keep(previous);
        }
        events.publishEvent(new RuleSetActivated(previous, compiled));
        return previous;
    }

    /** At start: the stored active version, compiled. */
    public void start(CompiledRuleSet ruleSet) {
        events.publishEvent(new RuleSetActivated(active.getAndSet(ruleSet), ruleSet));
    }
}
