package com.meritarchive.documents;

import com.meritarchive.decision.DecisionFailedException;
import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.DatasetFile;
import com.meritarchive.request.InvalidRequestException;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.UnusableDatasetException;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.web.Downloads;
import com.meritarchive.web.PageController;
import com.meritarchive.web.RecentResults;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 公示与备案 for the HR staff and policy staff (role DECIDE): a dataset file decided by a version
 * they may use (RuleSetChoice), the documents previewed per recipient in Chinese, and the same zip
 * as {@code POST /api/v1/documents/…}. The documents stay in the session (RecentResults) so that
 * the zip of what is on screen is downloaded without sending the dataset again.
 */
@PageController
class DocumentsPage {

    /** Entries shown per document; the zip has them all. */
    static final int SHOWN = 200;
    static final String AUTO = "auto";
    static final String ANNUAL = "annual";
    static final String QUARTERLY = "quarterly";

    private final RuleSetChoice ruleSets;
    private final DocumentMaker maker;
    private final DocumentsZip zip;
    private final DataSize maxFileSize;

    DocumentsPage(RuleSetChoice ruleSets, DocumentMaker maker, DocumentsZip zip,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.ruleSets = ruleSets;
        this.maker = maker;
        this.zip = zip;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/ui/documents")
    ModelAndView form(@RequestParam(required = false) String version, Authentication caller) {
        return page(version, caller);
    }

    @PostMapping("/ui/documents")
    ModelAndView make(@RequestParam(required = false) String version, @RequestParam(defaultValue = AUTO) String kind,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestParam(name = "dataset", required = false) MultipartFile dataset, Authentication caller,
            HttpSession session) {
        List<RuleSetVersion> offered = ruleSets.choosable(caller);
        String chosen = chosen(version, offered);
        ModelAndView page = page(chosen, offered);
        page.addObject("kind", kind);
        page.addObject("documentDate", documentDate);
        page.addObject("noticeStart", noticeStart);
        if (dataset != null && !dataset.isEmpty()) {
            page.addObject("datasetName", dataset.getOriginalFilename());
        }
        List<String> errors = new ArrayList<>();
        DocumentDates dates = PageDates.read(documentDate, noticeStart, errors);
        if (offered.stream().noneMatch(v -> v.id().equals(chosen))) {
            errors.add("规则版本 " + chosen + " 不能选用：请从列表中选择（hr 账号只能使用发布过的版本）。");
        }
        Function<CompiledRuleSet, Paperwork> documents = null;
        try {
            if (QUARTERLY.equals(kind) || !ANNUAL.equals(kind) && DatasetFile.isQuarterly(dataset)) {
                QuarterlyRequest request = DatasetFile.read(dataset, RequestReader::quarterly);
                documents = ruleSet -> maker.quarterly(request, ruleSet, dates);
            } else {
                AnnualRequest request = DatasetFile.read(dataset, RequestReader::annual);
                documents = ruleSet -> maker.annual(request, ruleSet, dates);
            }
        } catch (UnusableDatasetException e) {
            errors.addAll(e.problems());
        }
        if (!errors.isEmpty()) {
            return failed(page, errors); // nothing decided, nothing kept
        }
        Paperwork paperwork;
        try {
            paperwork = documents.apply(ruleSets.resolve(chosen, caller));
        } catch (InvalidRequestException e) {
            return failed(page, DatasetFile.problems(e));
        } catch (DecisionFailedException e) {
            return failed(page, List.of("规则版本 " + chosen + " 不能为这份数据生成文件（决策表或公示备案表有误，请联系规则作者）：" + e.getMessage()));
        }
        page.addObject("period", Titles.period(paperwork.documents().year(), paperwork.documents().quarter()));
        page.addObject("parameters", paperwork.parameters());
        page.addObject("signed", NoticeText.date(paperwork.parameters().documentDate()));
        page.addObject("documents", DocumentPreview.of(paperwork, SHOWN));
        page.addObject("shown", SHOWN);
        page.addObject("zipName", DocumentsZip.fileName(paperwork.documents()));
        page.addObject("zipKey", recent(session).keep(paperwork));
        return page;
    }

    @GetMapping("/ui/documents/{key}/documents.zip")
    ResponseEntity<byte[]> download(@PathVariable String key, HttpSession session) {
        Paperwork paperwork = recent(session).find(key);
        return Downloads.attachment(DocumentsZip.fileName(paperwork.documents()), zip.zip(paperwork));
    }

    private static RecentResults<Paperwork> recent(HttpSession session) {
        return RecentResults.of(session, Paperwork.class,
                "这次生成的文件已不在（只保留最近 " + RecentResults.KEPT + " 次），请重新上传数据生成。");
    }

    private ModelAndView page(String version, Authentication caller) {
        List<RuleSetVersion> offered = ruleSets.choosable(caller);
        return page(chosen(version, offered), offered);
    }

    private ModelAndView page(String chosen, List<RuleSetVersion> offered) {
        ModelAndView page = new ModelAndView("ui/documents");
        // the browser refuses a file over the upload limit before sending it (merit.js), in Chinese
        page.addObject("maxBytes", maxFileSize.toBytes());
        page.addObject("maxSize", maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB");
        page.addObject("versions", offered.stream().map(VersionOption::of).toList());
        page.addObject("version", chosen);
        page.addObject("kind", AUTO);
        return page;
    }

    /** The version asked for, or the active one. */
    private static String chosen(String version, List<RuleSetVersion> offered) {
        if (version != null && !version.isBlank()) {
            return version;
        }
        return offered.stream().filter(RuleSetVersion::active).map(RuleSetVersion::id).findFirst().orElse(null);
    }

    private static ModelAndView failed(ModelAndView page, List<String> errors) {
        page.addObject("errors", errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }
}
