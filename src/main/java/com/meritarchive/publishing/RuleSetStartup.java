package com.meritarchive.publishing;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.ConcurrentPublicationException;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.RuleSetStore;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.MeritProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Activates a rule set when the service starts. The data dir is checked first (a damaged file
 * stops the start, named). With an active version in it, that version is compiled; on the first
 * start (empty data dir) the rule folders are imported as the first version, their scenarios
 * run, and activated. When neither folder exists (the jar started elsewhere), the copy of the
 * shipped rules inside the jar is imported instead. A rule set that does not compile stops the
 * start with every error located.
 */
@Component
class RuleSetStartup {

    private static final Logger log = LoggerFactory.getLogger(RuleSetStartup.class);
    private static final String EMBEDDED = "classpath*:shipped-ruleset/*/*";

    RuleSetStartup(MeritProperties properties, RuleSetStore store, RuleSetCompiler compiler, RuleSets ruleSets,
            Publisher publisher) {
        long started = System.nanoTime();
        store.verify();
        RuleSetFiles folders = RuleSetFiles.readFolders(List.of(properties.rulesDir(), properties.tablesDir()));
        RuleSetVersion version = store.active().orElse(null);
        CompiledRuleSet ruleSet;
        if (version != null) {
            ruleSet = compiler.compile(store.files(version));
            ruleSets.start(ruleSet);
            if (!folders.isEmpty() && !folders.sha256().equals(version.sha256())) {
                log.warn("The rule folders {} and {} differ from the active version {}: upload the changed files "
                        + "(POST /api/v1/rulesets) and publish them to use them", properties.rulesDir().toAbsolutePath(),
                        properties.tablesDir().toAbsolutePath(), version.id());
            }
        } else {
            RuleSetFiles files = folders.isEmpty() ? embedded() : folders;
            ruleSet = compiler.compile(files);
            try {
                version = publisher.importAndActivate(files, ruleSet, "system");
                log.info("First start: imported {} as rule set version {}", folders.isEmpty()
                        ? "the rule set embedded in the application"
                        : properties.rulesDir().toAbsolutePath() + " and " + properties.tablesDir().toAbsolutePath(), version.id());
            } catch (ConcurrentPublicationException e) { // another replica of a shared store started first
                version = store.active().orElseThrow(() -> e);
                if (!version.sha256().equals(ruleSet.sha256())) {
                    ruleSet = compiler.compile(store.files(version));
                }
                ruleSets.start(ruleSet);
                log.info("First start: another replica published rule set version {} first; starting with it", version.id());
            }
        }
        log.info("Rule set {} active: {} rules in {} files {}, sha256 {}, compiled in {} ms", ruleSet.id(),
                ruleSet.ruleCount(), ruleSet.rulesPerFile().size(), ruleSet.rulesPerFile(), ruleSet.sha256(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static RuleSetFiles embedded() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(EMBEDDED)) {
                if (resource.isReadable() && resource.getFilename() != null) {
                    files.put(resource.getFilename(), resource.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded rule set", e);
        }
        return new RuleSetFiles(files);
    }
}
