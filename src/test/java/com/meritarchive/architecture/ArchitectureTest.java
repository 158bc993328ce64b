package com.meritarchive.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package structure says what the product does and data flows one way (README "How the code
 * is organised"): plumbing ({@code system}, {@code web}) below the request vocabulary, rule sets,
 * the decision record and decisions, scenarios above decisions, publishing, simulation, documents
 * and explanations above them, and the API's description ({@code apidocs}), which may read them
 * all, on top. The same rules are run on a fixture that breaks them, so that they are shown to fail.
 */
class ArchitectureTest {

    private static final String ROOT = "com.meritarchive";
    private static final List<String> FEATURES = List.of("database", "request", "ruleset", "decisionlog", "decision", "scenario",
            "publishing", "simulation", "documents", "explanation", "apidocs");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("fixture.archviolation");

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Each layer may be used only by the layers above it. */
    static ArchRule oneDirection(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("apidocs").definedBy(root + ".apidocs..")
                .layer("simulation").definedBy(root + ".simulation..")
                .layer("documents").definedBy(root + ".documents..")
                .layer("explanation").definedBy(root + ".explanation..")
                .layer("publishing").definedBy(root + ".publishing..")
                .layer("scenario").definedBy(root + ".scenario..")
                .layer("decision").definedBy(root + ".decision..")
                .layer("decisionlog").definedBy(root + ".decisionlog..")
                .layer("ruleset").definedBy(root + ".ruleset..")
                .layer("request").definedBy(root + ".request..")
                .layer("web").definedBy(root + ".web..")
                .layer("database").definedBy(root + ".database..")
                .layer("system").definedBy(root + ".system..")
                .whereLayer("apidocs").mayNotBeAccessedByAnyLayer()
                .whereLayer("database").mayNotBeAccessedByAnyLayer()
                .whereLayer("simulation").mayOnlyBeAccessedByLayers("apidocs")
                .whereLayer("documents").mayOnlyBeAccessedByLayers("apidocs")
                .whereLayer("explanation").mayOnlyBeAccessedByLayers("apidocs")
                .whereLayer("publishing").mayOnlyBeAccessedByLayers("apidocs")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("publishing", "apidocs")
                .whereLayer("decision").mayOnlyBeAccessedByLayers("scenario", "simulation", "documents", "explanation", "apidocs")
                .whereLayer("decisionlog").mayOnlyBeAccessedByLayers("decision", "scenario", "publishing", "simulation",
                        "documents", "explanation", "apidocs")
                .whereLayer("ruleset").mayOnlyBeAccessedByLayers("decisionlog", "decision", "scenario", "publishing",
                        "simulation", "documents", "explanation", "apidocs")
                .whereLayer("request").mayOnlyBeAccessedByLayers("ruleset", "decisionlog", "decision", "scenario",
                        "publishing", "simulation", "documents", "explanation", "apidocs")
                .whereLayer("web").mayOnlyBeAccessedByLayers("publishing", "simulation", "documents", "explanation", "apidocs")
                .whereLayer("system").mayOnlyBeAccessedByLayers("database", "web", "request", "ruleset", "decisionlog", "decision",
                        "scenario", "publishing", "simulation", "documents", "explanation", "apidocs");
    }

    /** The plumbing knows no feature: a feature plugs its errors and pages into it, never the other way. */
    static ArchRule plumbingKnowsNoFeature(String root) {
        String[] features = FEATURES.stream().map(feature -> root + "." + feature + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(root + ".system..", root + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(features);
    }

    private static List<ArchRule> rules(String root) {
        return List.of(noCycles(root), oneDirection(root), plumbingKnowsNoFeature(root));
    }

    @Test
    void shouldHaveNoPackageCycle() {
        noCycles(ROOT).check(PRODUCT);
    }

    @Test
    void shouldLetEveryPackageDependOnlyOnTheLayersBelowIt() {
        oneDirection(ROOT).check(PRODUCT);
    }

    @Test
    void shouldKeepSystemAndWebFreeOfFeatures() {
        plumbingKnowsNoFeature(ROOT).check(PRODUCT);
    }

    @Test
    void shouldFailEachRuleOnCodeThatBreaksIt() {
        assertThat(BROKEN.size()).as("the fixture: four classes and a nested exception").isEqualTo(5);
        for (ArchRule rule : rules("fixture.archviolation")) {
            EvaluationResult result = rule.evaluate(BROKEN);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
