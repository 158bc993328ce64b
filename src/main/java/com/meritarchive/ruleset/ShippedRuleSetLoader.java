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
 * Compiles the rule folders when the service starts and activates the result. When neither
 * folder exists (the jar started elsewhere), the copy of the shipped rules inside the jar is
 * used, so that the service always starts with a policy. A rule set that does not compile stops
 * the start with every error located.
 */
@Component
class ShippedRuleSetLoader {

    private static final Logger log = LoggerFactory.getLogger(ShippedRuleSetLoader.class);
    private static final String EMBEDDED = "classpath*:shipped-ruleset/*/*";

    ShippedRuleSetLoader(MeritProperties properties, RuleSetCompiler compiler, RuleSets ruleSets) {
        RuleSetFiles files = RuleSetFiles.readFolders(List.of(properties.rulesDir(), properties.tablesDir()));
        String origin = properties.rulesDir().toAbsolutePath() + " and " + properties.tablesDir().toAbsolutePath();
        if (files.isEmpty()) {
            files = embedded();
            origin = "the copy embedded in the application";
        }
        long started = System.nanoTime();
        CompiledRuleSet ruleSet = compiler.compile(files);
        ruleSets.activate(ruleSet);
        log.info("Rule set {} compiled from {}: {} rules in {} files {}, sha256 {}, in {} ms", ruleSet.id(), origin,
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
