package com.meritarchive.reproducibility;

import com.meritarchive.decision.Redecider;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionLog;
import com.meritarchive.decisionlog.DecisionQuery;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.decisionlog.RecordedBodies;
import com.meritarchive.decisionlog.SqliteDecisionLog;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.FileRuleSetStore;
import com.meritarchive.ruleset.RuleSetStore;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.system.MeritProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.util.unit.DataSize;

/**
 * Replays every record of a data dir with its own version, from the same data dir's rule-set store,
 * and compares the answer's bytes with the recorded ones, {@code decisionId} included (the answer
 * is written again under the recorded id): the reproducibility promise of the decision record.
 * Compiled versions are shared between data dirs by sha256, so the shipped rule set compiles once.
 */
final class RecordReplayCheck {

    private static final int PAGE = 500;

    /** A record whose replay did not give its recorded answer. */
    record Mismatch(Path dataDir, String decisionId, DecisionKind kind, String what) {
        @Override
        public String toString() {
            return dataDir + " " + decisionId + " (" + kind + "): " + what;
        }
    }

    /**
     * What a check saw: records replayed and found equal, documents records decided again (their
     * answer carries the day they were made, so it is not compared), records with nothing to replay
     * (deletions), and mismatches.
     */
    record Report(int dataDirs, int reproduced, int documents, int deletions, List<Mismatch> mismatches) {

        Report plus(Report other) {
            List<Mismatch> all = new ArrayList<>(mismatches);
            all.addAll(other.mismatches);
            return new Report(dataDirs + other.dataDirs, reproduced + other.reproduced, documents + other.documents,
                    deletions + other.deletions, all);
        }

        int checked() {
            return reproduced + mismatches.size();
        }
    }

    /** How one record's replay went. */
    private enum Outcome { REPRODUCED, DOCUMENTS_DECIDED }

    private final Redecider redecider;
    private final RuleSetCompiler compiler;
    private final Map<String, CompiledRuleSet> compiled = new HashMap<>();

    RecordReplayCheck(Redecider redecider, RuleSetCompiler compiler) {
        this.redecider = redecider;
        this.compiler = compiler;
    }

    /** The data dirs under {@code root} (at any depth) that hold a decision record. */
    static List<Path> dataDirsUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.getFileName().toString().equals("decisions.sqlite"))
                    .map(database -> database.getParent().getParent())
                    .filter(dataDir -> Files.isDirectory(dataDir.resolve("rulesets"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report checkAll(List<Path> dataDirs) {
        Report total = new Report(0, 0, 0, 0, List.of());
        for (Path dataDir : dataDirs) {
            total = total.plus(check(dataDir));
        }
        return total;
    }

    Report check(Path dataDir) {
        RuleSetStore store = new FileRuleSetStore(new MeritProperties(Path.of("rules"), Path.of("decision-tables"), dataDir,
                DataSize.ofMegabytes(128), 0, Duration.ZERO));
        int reproduced = 0;
        int documents = 0;
        int deletions = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        try (DecisionLog log = new SqliteDecisionLog(dataDir.resolve("decisions"))) {
            for (DecisionSummary summary : everyRecord(log)) {
                if (summary.kind() == DecisionKind.DELETION) {
                    deletions++;
                    continue;
                }
                try {
                    if (replay(log, store, summary.decisionId()) == Outcome.REPRODUCED) {
                        reproduced++;
                    } else {
                        documents++;
                    }
                } catch (MismatchException e) {
                    mismatches.add(new Mismatch(dataDir, summary.decisionId(), summary.kind(), e.getMessage()));
                }
            }
        }
        return new Report(1, reproduced, documents, deletions, mismatches);
    }

    private static List<DecisionSummary> everyRecord(DecisionLog log) {
        List<DecisionSummary> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<DecisionSummary> found = log.list(new DecisionQuery(null, null, null, null, page, PAGE));
            all.addAll(found.subList(0, Math.min(PAGE, found.size())));
            if (found.size() <= PAGE) {
                return all;
            }
        }
    }

    /** A replay that did not give the recorded answer, saying what differs. */
    private static final class MismatchException extends Exception {
        MismatchException(String what) {
            super(what);
        }
    }

    private Outcome replay(DecisionLog log, RuleSetStore store, String id) throws MismatchException {
        byte[] recorded;
        byte[] again;
        try {
            DecisionEntry entry = log.find(id, true).orElseThrow();
            RuleSetVersion version = store.find(entry.ruleSetId()).orElse(null);
            if (version == null) {
                throw new MismatchException("its rule set " + entry.ruleSetId() + " is not in the data dir's store");
            }
            if (!version.sha256().equals(entry.ruleSetSha256())) {
                throw new MismatchException("its rule set's sha256 " + entry.ruleSetSha256() + " is not the stored "
                        + version.sha256());
            }
            CompiledRuleSet rules = compiled.computeIfAbsent(version.sha256(), sha -> compiler.compile(store.files(version)));
            DecisionKind kind = Redecider.decisionKindOf(entry.kind()).orElseThrow();
            if (kind != entry.kind()) {
                // documents: their answer names the day they were made (the default documentDate); the decision
                // behind them must still be decidable from the record, as a replay decides it
                redecider.decide(kind, RecordedBodies.request(entry), rules);
                return Outcome.DOCUMENTS_DECIDED;
            }
            recorded = RecordedBodies.answer(entry);
            again = redecider.answer(kind, RecordedBodies.request(entry), rules, entry.id());
        } catch (MismatchException e) {
            throw e;
        } catch (Exception e) {
            throw new MismatchException("replaying it failed: " + e);
        }
        if (!Arrays.equals(recorded, again)) {
            throw new MismatchException(difference(recorded, again));
        }
        return Outcome.REPRODUCED;
    }

    /** Where the two answers part, with some text around it. */
    static String difference(byte[] recorded, byte[] again) {
        int at = Arrays.mismatch(recorded, again);
        return "the answers differ at byte " + at + " of " + recorded.length + " recorded / " + again.length
                + " replayed: recorded …" + around(recorded, at) + "… replayed …" + around(again, at) + "…";
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(bytes.length, at + 40);
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
}
