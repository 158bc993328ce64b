package com.meritarchive.ruleset;

import com.meritarchive.system.MeritProperties;
import com.meritarchive.system.Timing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Compiles a rule set's DRL files and decision tables into a KieBase at runtime, so that a new
 * spreadsheet needs no rebuild. Decision tables are translated to DRL first, which lets every
 * error name the spreadsheet cell it comes from and makes it impossible for Drools to skip a
 * table silently: a file it would skip is reported as an error instead.
 */
@Component
public class RuleSetCompiler {

    private static final Pattern TABLE = Pattern.compile("(?i).+\\.drl\\.(xlsx|xls|csv)");
    private static final Pattern SKIPPED_TABLE = Pattern.compile("(?i)(.+)\\.(xlsx|xls|csv)");
    private static final Pattern DRL = Pattern.compile("(?i).+\\.drl");
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Logger log = LoggerFactory.getLogger(RuleSetCompiler.class);

    private final KieServices kieServices = KieServices.Factory.get();
    private final MeterRegistry meters;
    private final CompileCache cache;

    /** A compiler outside the service (tests, tools): its timings go nowhere, nothing is cached. */
    public RuleSetCompiler() {
        this(new SimpleMeterRegistry());
    }

    /** @param meters where {@code merit.ruleset.compile} (outcome success|failure) is timed */
    public RuleSetCompiler(MeterRegistry meters) {
        this(meters, (CompileCache) null);
    }

    /** The service's compiler: versions compiled before are read from {@code <data-dir>/compiled}. */
    @Autowired
    public RuleSetCompiler(MeterRegistry meters, MeritProperties properties) {
        this(meters, new CompileCache(properties.dataDir().resolve("compiled")));
    }

    /** @param cache where compiled versions are kept and found again; null for none */
    public RuleSetCompiler(MeterRegistry meters, CompileCache cache) {
        this.meters = meters;
        this.cache = cache;
    }

    /**
     * The version ready to decide: read from the compile cache when it was compiled before with
     * this build of the service, else compiled (and then cached). Only a compilation is timed.
     */
    public CompiledRuleSet compile(RuleSetFiles ruleSet) {
        if (cache == null || ruleSet.isEmpty()) {
            return compileTimed(ruleSet);
        }
        long started = System.nanoTime();
        String sha256 = ruleSet.sha256();
        Optional<CompiledRuleSet> cached = cache.load(sha256);
        if (cached.isPresent()) {
            log.info("Rule set {} read from the compile cache in {} ms", cached.get().id(),
                    (System.nanoTime() - started) / 1_000_000);
            return cached.get();
        }
        CompiledRuleSet compiled = compileTimed(ruleSet);
        cache.store(compiled);
        return compiled;
    }

    private CompiledRuleSet compileTimed(RuleSetFiles ruleSet) {
        return Timing.time(meters, "merit.ruleset.compile", "Compiling a rule-set version", () -> compileFiles(ruleSet));
    }

    private CompiledRuleSet compileFiles(RuleSetFiles ruleSet) {
        List<RuleSetError> errors = new ArrayList<>();
        if (ruleSet.isEmpty()) {
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile("", "The rule set has no files")));
        }
        CodeLists codes = codeLists(ruleSet, errors);
        Map<String, String> drlByFile = new LinkedHashMap<>();
        Map<String, SpreadsheetTranslator.Translation> tables = new HashMap<>();
        ruleSet.files().forEach((name, content) -> {
            try {
                if (RuleSetFiles.isScenarioWorkbook(name) || CodeLists.isCodeWorkbook(name)) {
                    return;
                }
                if (TABLE.matcher(name).matches()) {
                    SpreadsheetTranslator.Translation translation = SpreadsheetTranslator.translate(name, content, codes);
                    tables.put(name, translation);
                    drlByFile.put(name, translation.drl());
                } else if (DRL.matcher(name).matches()) {
                    drlByFile.put(name, new String(content, StandardCharsets.UTF_8));
                } else {
                    errors.add(RuleSetError.inFile(name, unsupported(name)));
                }
            } catch (RuleSetInvalidException e) {
                errors.addAll(e.errors());
            }
        });
        errors.addAll(DrlCodeCheck.check(drlByFile, tables)); // no code from uploads: before anything compiles
        tables.values().stream()
                .filter(t -> !RULE_DECLARATION.matcher(t.drl()).find())
                .forEach(t -> errors.add(RuleSetError.inFile(t.file(),
                        "此决策表没有生成任何规则：请检查 RuleTable 标题行和数据行 (the table produced no rules)")));
        if (errors.isEmpty()) {
            Map<String, List<RuleTable>> ruleTables = new TreeMap<>();
            tables.forEach((file, translation) -> ruleTables.put(file, translation.tables()));
            errors.addAll(Parameters.check(drlByFile, ruleTables));
            errors.addAll(DateCells.check(ruleTables));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetInvalidException(errors);
        }
        return build(ruleSet, drlByFile, tables, codes);
    }

    /** The rule set's code workbook (at most one), or none: then its tables hold codes. */
    private static CodeLists codeLists(RuleSetFiles ruleSet, List<RuleSetError> errors) {
        List<String> names = ruleSet.files().keySet().stream().filter(CodeLists::isCodeWorkbook).toList();
        if (names.size() > 1) {
            errors.add(RuleSetError.inFile(names.get(1), "一个规则版本只能有一个代码表文件（*.codes.xlsx），现有 " + names
                    + "：请把它们合并 (more than one code workbook)"));
            return CodeLists.NONE;
        }
        try {
            return names.isEmpty() ? CodeLists.NONE : CodeLists.read(names.get(0), ruleSet.files().get(names.get(0)));
        } catch (RuleSetInvalidException e) {
            errors.addAll(e.errors());
            return CodeLists.NONE;
        }
    }

    private CompiledRuleSet build(RuleSetFiles ruleSet, Map<String, String> drlByFile,
            Map<String, SpreadsheetTranslator.Translation> tables, CodeLists codes) {
        String sha256 = ruleSet.sha256();
        ReleaseId releaseId = kieServices.newReleaseId("com.meritarchive.ruleset", "rs-" + CompiledRuleSet.idOf(sha256),
                "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> fileByPath = new HashMap<>();
        int index = 0;
        for (Map.Entry<String, String> file : drlByFile.entrySet()) {
            String path = "merit/f" + index++ + ".drl"; // Drools reports paths relative to the resource root
            fileByPath.put(path, file.getKey());
            kfs.write("src/main/resources/" + path, file.getValue());
        }
        KieBuilder builder = kieServices.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<RuleSetError> errors = new ArrayList<>();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message message : messages) {
            if (NULL_PACKAGE.equals(message.getText()) && messages.size() > 1) {
                continue; // a consequence of the parser error reported beside it
            }
            String file = fileByPath.getOrDefault(message.getPath(), message.getPath());
            SpreadsheetTranslator.Translation table = tables.get(file);
            errors.add(table != null
                    ? table.locate(message.getLine(), "此单元格的内容无法生成规则：数字单元格请只填数字（如 2），其余单元格请从下拉列表中选择 ("
                            + message.getText() + ")")
                    : drlError(file, message));
        }
        if (!errors.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            throw new RuleSetInvalidException(errors);
        }
        KieContainer container = kieServices.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        SortedMap<String, Integer> rulesPerFile = countRules(kieBase, fileByPath, drlByFile.keySet());
        checkEveryDeclaredRuleIsPresent(drlByFile, rulesPerFile, tables);
        List<TableRow> rows = new ArrayList<>();
        tables.forEach((file, translation) -> rows.addAll(TableRow.of(file, translation.tables())));
        return new CompiledRuleSet(CompiledRuleSet.idOf(sha256), sha256, kieBase, rulesPerFile, releaseId, codes, List.copyOf(rows));
    }

    private static SortedMap<String, Integer> countRules(KieBase kieBase, Map<String, String> fileByPath,
            Iterable<String> files) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        files.forEach(file -> counts.put(file, 0));
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String path = ((RuleImpl) rule).getResource().getSourcePath();
                counts.merge(fileByPath.getOrDefault(path, path), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A table row that Drools dropped without a message would show as a missing rule: make it an error. */
    private static void checkEveryDeclaredRuleIsPresent(Map<String, String> drlByFile, Map<String, Integer> counts,
            Map<String, SpreadsheetTranslator.Translation> tables) {
        List<RuleSetError> errors = new ArrayList<>();
        drlByFile.forEach((file, drl) -> {
            int declared = 0;
            Matcher declaration = RULE_DECLARATION.matcher(drl);
            while (declaration.find()) {
                declared++;
            }
            if (counts.getOrDefault(file, 0) != declared) {
                errors.add(RuleSetError.inFile(file, "Expected " + declared + " rules but Drools compiled "
                        + counts.getOrDefault(file, 0) + (tables.containsKey(file) ? " (a table row was skipped)" : "")));
            }
        });
        if (!errors.isEmpty()) {
            throw new RuleSetInvalidException(errors);
        }
    }

    /** A DRL error with its line and, from the parser's "Line 5:21" text, its column. */
    private static RuleSetError drlError(String file, Message message) {
        Integer line = message.getLine() > 0 ? Integer.valueOf(message.getLine()) : null;
        String column = message.getColumn() > 0 ? Integer.toString(message.getColumn()) : null;
        Matcher position = PARSER_POSITION.matcher(message.getText());
        if (position.find()) {
            line = Integer.valueOf(position.group(1));
            column = position.group(2);
        }
        return new RuleSetError(file, null, line, column,
                "DRL 规则文件有语法或类型错误，请检查此行 (" + message.getText() + ")");
    }

    private static String unsupported(String name) {
        Matcher skipped = SKIPPED_TABLE.matcher(name);
        if (skipped.matches()) {
            return "Drools 会静默忽略此文件：决策表的文件名必须以 .drl." + skipped.group(2) + " 结尾，请改名为 "
                    + skipped.group(1) + ".drl." + skipped.group(2) + " (Drools would skip this file silently)";
        }
        return "不支持的文件类型：只接受 .drl、.drl.xlsx、.drl.xls、.drl.csv (unsupported file type)";
    }

}
