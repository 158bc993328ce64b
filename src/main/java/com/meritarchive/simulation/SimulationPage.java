package com.meritarchive.simulation;

import com.meritarchive.request.Dataset;
import com.meritarchive.request.DatasetFile;
import com.meritarchive.request.InvalidRequestException;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.UnusableDatasetException;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.web.Downloads;
import com.meritarchive.web.PageController;
import com.meritarchive.web.RecentResults;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * What-if: a dataset file (the JSON the HR system sends) decided by a candidate version and a
 * baseline (the active one unless chosen), with the summary, the changes by name and the xlsx report.
 * Instead of a file, a recorded decision (the latest {@value #RECORDED} annual and quarterly ones):
 * its request decided by the candidate against the answer it got (a replay, {@link DecisionReplay}).
 * A quarterly dataset shows the warnings gained and lost beside the outcomes (预警变化).
 */
@PageController
class SimulationPage {

    static final int RECORDED = 50;

    private final RuleSets ruleSets;
    private final Simulator simulator;
    private final SimulationReport report;
    private final DecisionReplay replay;

    SimulationPage(RuleSets ruleSets, Simulator simulator, SimulationReport report, DecisionReplay replay) {
        this.ruleSets = ruleSets;
        this.simulator = simulator;
        this.report = report;
        this.replay = replay;
    }

    @GetMapping("/ui/simulate")
    ModelAndView form(@RequestParam(required = false) String candidate) {
        return page(candidate, null);
    }

    @PostMapping("/ui/simulate")
    ModelAndView simulate(@RequestParam String candidate, @RequestParam(required = false) String baseline,
            @RequestParam(name = "dataset", required = false) MultipartFile dataset,
            @RequestParam(name = "decision", required = false) String decision, HttpSession session) {
        String baselineId = baseline == null || baseline.isBlank() ? null : baseline;
        ModelAndView page = page(candidate, baselineId);
        boolean file = dataset != null && !dataset.isEmpty();
        if (file) {
            page.addObject("datasetName", dataset.getOriginalFilename());
        }
        if (decision != null && !decision.isBlank()) {
            page.addObject("decision", decision);
            if (file) {
                return failed(page, List.of("请只选一种数据：上传数据文件，或选择已记录的决策（不要两样都选）。"));
            }
            return shown(page, replay.replay(decision, candidate), session);
        }
        Dataset data;
        try {
            data = DatasetFile.read(dataset, RequestReader::dataset);
        } catch (UnusableDatasetException e) {
            return failed(page, e.problems());
        }
        try {
            return shown(page, simulator.simulate(candidate, baselineId, data), session);
        } catch (InvalidRequestException e) {
            return failed(page, DatasetFile.problems(e));
        }
    }

    private ModelAndView shown(ModelAndView page, Simulation simulation, HttpSession session) {
        page.addObject("simulation", simulation);
        page.addObject("labels", labels(simulation, simulator.labels(simulation)));
        page.addObject("reportKey", recent(session).keep(simulation));
        return page;
    }

    @GetMapping("/ui/simulate/{key}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable String key, HttpSession session) {
        Simulation simulation = recent(session).find(key);
        return Downloads.attachment("模拟对比-" + simulation.baseline().id() + "-" + simulation.candidate().id() + ".xlsx",
                report.xlsx(simulation, simulator.labels(simulation)));
    }

    private static RecentResults<Simulation> recent(HttpSession session) {
        return RecentResults.of(session, Simulation.class,
                "这次模拟的结果已不在（只保留最近 " + RecentResults.KEPT + " 次），请重新模拟。");
    }

    private ModelAndView page(String candidate, String baseline) {
        ModelAndView page = new ModelAndView("ui/simulate");
        String active = ruleSets.active().id();
        page.addObject("versions", ruleSets.list().stream().map(VersionChoice::of).toList());
        page.addObject("candidate", candidate == null ? active : candidate);
        page.addObject("baseline", baseline == null ? active : baseline);
        page.addObject("recorded", replay.recent(RECORDED));
        return page;
    }

    private static ModelAndView failed(ModelAndView page, List<String> errors) {
        page.addObject("errors", errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The Chinese name of every code on the page (empty when the policy staff's new code has none). */
    private static Map<String, String> labels(Simulation simulation, OutcomeLabels names) {
        Map<String, String> labels = new TreeMap<>();
        Stream.concat(simulation.summary().keySet().stream(), simulation.changes().stream()
                        .flatMap(change -> Stream.concat(change.before().stream(), change.after().stream())))
                .forEach(code -> labels.put(code, names.label(code)));
        if (simulation.warningSummary() != null) {
            simulation.warningSummary().keySet().forEach(code -> labels.put(code, names.label(code)));
        }
        return labels;
    }
}
