package com.meritarchive.ruleset;

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
 * Activates a rule set when the service starts. With an active version in the data dir, that
 * version is compiled; on the first start (empty data dir) the rule folders are imported as the
 * first version and activated. When neither folder exists (the jar started elsewhere), the copy
 * of the shipped rules inside the jar is imported instead. A rule set that does not compile stops
 * the start with every error located.
 */
@Component
class RuleSetStartup {

    private static final Logger log = LoggerFactory.getLogger(RuleSetStartup.class);
    private static final String EMBEDDED = "classpath*:shipped-ruleset/*/*";

    RuleSetStartup(MeritProperties properties, RuleSetStore store, RuleSetCompiler compiler, RuleSets ruleSets) {
        long started = System.nanoTime();
        RuleSetFiles folders = RuleSetFiles.readFolders(List.of(properties.rulesDir(), properties.tablesDir()));
        RuleSetVersion version = store.activeSha256().flatMap(store::find).orElse(null);
        CompiledRuleSet ruleSet;
        if (version != null) {
            ruleSet = compiler.compile(store.files(version));
            if (!folders.isEmpty() && !folders.sha256().equals(version.sha256())) {
                log.warn("The rule folders {} and {} differ from the active version {}: upload the changed files "
                        + "(POST /api/v1/rulesets) and publish them to use them", properties.rulesDir().toAbsolutePath(),
                        properties.tablesDir().toAbsolutePath(), version.id());
            }
        } else {
            RuleSetFiles files = folders.isEmpty() ? embedded() : folders;
            ruleSet = compiler.compile(files);
            version = ruleSets.importVersion(files, ruleSet, "system");
            if (version.scenarios().failed() > 0) {
                log.warn("The imported rule set fails {} of its test scenarios: {}", version.scenarios().failed(),
                        version.scenarios().failures());
            }
            store.markActive(version);
            log.info("First start: imported {} as rule set version {}", folders.isEmpty()
                    ? "the rule set embedded in the application"
                    : properties.rulesDir().toAbsolutePath() + " and " + properties.tablesDir().toAbsolutePath(), version.id());
        }
        ruleSets.start(ruleSet);
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
