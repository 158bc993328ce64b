package com.meritarchive.documents;

import com.meritarchive.decision.DecisionFailedException;
import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.documents.Documents.Document;
import com.meritarchive.request.DatasetFile;
import com.meritarchive.request.InvalidRequestException;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.UnusableDatasetException;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.system.ProblemException;
import com.meritarchive.web.Downloads;
import com.meritarchive.web.PageController;
import com.meritarchive.web.PageNotFoundException;
import com.meritarchive.web.RecentResults;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 预警名单 (issue 17) for HR and policy staff (role DECIDE): the warnings of a quarterly dataset file
 * (decided by a version they may use) or of a recorded quarterly decision, grouped by unit as the
 * units receive them, each unit's list and all of them as Excel, the same roster as in the documents zip.
 */
@PageController
class WarningsPage {

    static final String PATH = "/ui/documents/warnings";

    private final RuleSetChoice ruleSets;
    private final DocumentMaker maker;
    private final RecordedQuarters recorded;
    private final RosterWriter rosters;

    WarningsPage(RuleSetChoice ruleSets, DocumentMaker maker, RecordedQuarters recorded, RosterWriter rosters) {
        this.ruleSets = ruleSets;
        this.maker = maker;
        this.recorded = recorded;
        this.rosters = rosters;
    }

    /** The warning lists on screen, kept for their downloads. */
    record Kept(String period, List<Document> lists, RecordDetail records) {
    }

    @GetMapping(PATH)
    ModelAndView form(Authentication caller) {
        return page(null, caller);
    }

    @PostMapping(PATH)
    ModelAndView show(@RequestParam(required = false) String version, @RequestParam(name = "dataset", required = false) MultipartFile dataset,
            @RequestParam(name = "decision", required = false) String decision, Authentication caller, HttpSession session) {
        ModelAndView page = page(version, caller);
        boolean file = dataset != null && !dataset.isEmpty();
        boolean chosen = decision != null && !decision.isBlank();
        if (file) {
            page.addObject("datasetName", dataset.getOriginalFilename());
        }
        if (chosen) {
            page.addObject("decision", decision.strip());
        }
        if (file && chosen) {
            return failed(page, List.of("请只选一种数据：上传季度数据文件，或选择已记录的季度决策（不要两样都选）。"));
        }
        Paperwork paperwork;
        try {
            paperwork = chosen ? fromRecord(decision.strip(), caller) : fromFile(dataset, (String) page.getModel().get("version"), caller);
        } catch (UnusableDatasetException e) {
            return failed(page, e.problems());
        } catch (InvalidRequestException e) {
            return failed(page, DatasetFile.problems(e));
        } catch (DecisionFailedException e) {
            return failed(page, List.of("规则版本不能为这份数据作出决定（决策表有误，请联系规则作者）：" + e.getMessage()));
        } catch (ProblemException e) {
            return failed(page, List.of(recordProblem(e, decision.strip())));
        } catch (IOException e) {
            return failed(page, List.of("读不到已记录决策 " + decision.strip() + " 的请求：" + e.getMessage()));
        }
        Documents documents = paperwork.documents();
        List<Document> lists = documents.documents().stream().filter(Document::warningList).toList();
        String period = Titles.period(documents.year(), documents.quarter());
        page.addObject("period", period);
        page.addObject("ruleSet", documents.ruleSet().id());
        page.addObject("lists", DocumentPreview.of(paperwork, DocumentsPage.SHOWN).stream().filter(DocumentPreview::isWarnings).toList());
        page.addObject("warningCount", lists.stream().mapToInt(list -> list.entries().size()).sum());
        page.addObject("shown", DocumentsPage.SHOWN);
        page.addObject("key", recent(session).keep(new Kept(period, lists, paperwork.records())));
        return page;
    }

    /** Unit {@code unit}'s list, or with no unit all units' warnings in one roster. */
    @GetMapping(PATH + "/{key}/warnings.xlsx")
    ResponseEntity<byte[]> download(@PathVariable String key, @RequestParam(required = false) String unit, HttpSession session) {
        Kept kept = recent(session).find(key);
        if (unit == null || unit.isBlank()) {
            Document all = new Document(Documents.UNIT, null, null, Titles.warnings(kept.period()) + "（全部单位）",
                    kept.lists().stream().flatMap(list -> list.entries().stream()).sorted(Assembly.BY_UNIT_THEN_NAME).toList());
            return Downloads.attachment(DocumentsZip.safe(all.title()) + ".xlsx", rosters.xlsx(all, kept.records()));
        }
        Document list = kept.lists().stream().filter(d -> unit.equals(d.unitId())).findFirst()
                .orElseThrow(() -> new PageNotFoundException("这次的预警名单中没有单位 " + unit + "。"));
        return Downloads.attachment(DocumentsZip.safe(list.title() + "-" + list.unitName()) + ".xlsx", rosters.xlsx(list, kept.records()));
    }

    private Paperwork fromFile(MultipartFile dataset, String version, Authentication caller) throws UnusableDatasetException {
        if (dataset != null && !dataset.isEmpty() && !DatasetFile.isQuarterly(dataset)) {
            throw new UnusableDatasetException(List.of("预警只针对季度数据：数据文件中没有 quarter（季度），请上传季度请求 JSON。"));
        }
        QuarterlyRequest request = DatasetFile.read(dataset, RequestReader::quarterly);
        if (ruleSets.choosable(caller).stream().noneMatch(v -> v.id().equals(version))) {
            throw new UnusableDatasetException(List.of("规则版本 " + version + " 不能选用：请从列表中选择（hr 账号只能使用发布过的版本）。"));
        }
        return maker.quarterly(request, ruleSets.resolve(version, caller), DocumentDates.DEFAULT);
    }

    private Paperwork fromRecord(String decision, Authentication caller) throws IOException, UnusableDatasetException {
        Optional<Paperwork> paperwork = recorded.paperwork(decision, caller);
        if (paperwork.isEmpty()) {
            throw new UnusableDatasetException(List.of("决策 " + decision + " 不是季度决策：预警只针对季度决策。"));
        }
        return paperwork.get();
    }

    private static String recordProblem(ProblemException e, String decision) {
        return switch (e.status()) {
            case NOT_FOUND -> "找不到编号为 " + decision + " 的决策（编号有误，或已删除）。";
            case FORBIDDEN -> "决策 " + decision + " 由其他账号作出：只有作出决策的账号、规则作者和管理员可以查看。";
            default -> "无法读取决策 " + decision + "：" + e.getMessage();
        };
    }

    private static RecentResults<Kept> recent(HttpSession session) {
        return RecentResults.of(session, Kept.class, "这次的预警名单已不在（只保留最近 " + RecentResults.KEPT + " 次），请重新查看。");
    }

    private ModelAndView page(String version, Authentication caller) {
        List<RuleSetVersion> offered = ruleSets.choosable(caller);
        ModelAndView page = new ModelAndView("ui/warnings");
        page.addObject("versions", offered.stream().map(VersionOption::of).toList());
        page.addObject("version", version != null && !version.isBlank() ? version
                : offered.stream().filter(RuleSetVersion::active).map(RuleSetVersion::id).findFirst().orElse(null));
        page.addObject("recorded", recorded.recent(caller));
        page.addObject("recordedLimit", RecordedQuarters.OFFERED);
        return page;
    }

    private static ModelAndView failed(ModelAndView page, List<String> errors) {
        page.addObject("errors", errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }
}
