package com.meritarchive.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.Recording;
import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionRecorder;
import com.meritarchive.decisionlog.PendingDecision;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a decision (CONTRACT.md {@code POST /api/v1/documents/…}): the body and
 * {@code ?ruleSet=} of the decision endpoints; {@code application/zip} (the Word and Excel files
 * and {@code documents.json}) unless the caller asks for {@code application/json}.
 * {@code ?documentDate=} and {@code ?noticeStart=} (ISO dates) fix the signing date and the
 * notice's first day; by default the documents are signed today and the notice starts on the next
 * working day. Each call is recorded like a decision (kind {@code DOCUMENTS_…}): its JSON answer,
 * with {@code "decisionId"}, is stored before anything is sent, and is the zip's
 * {@code documents.json}; the zip's header {@code Decision-Id} names the record.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {"application/zip", MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DocumentController {

    /** The response header that names the record of a zip answer (a JSON answer carries {@code decisionId}). */
    static final String DECISION_ID = "Decision-Id";

    private final RuleSetChoice ruleSets;
    private final DocumentMaker maker;
    private final DocumentsZip zip;
    private final DecisionRecorder recorder;
    private final ObjectMapper json;

    DocumentController(RuleSetChoice ruleSets, DocumentMaker maker, DocumentsZip zip, DecisionRecorder recorder, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.maker = maker;
        this.zip = zip;
        this.recorder = recorder;
        this.json = json;
    }

    @PostMapping("/annual")
    ResponseEntity<byte[]> annual(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller,
            HttpServletRequest http) throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        byte[] bytes = Recording.body(body, http.getContentLengthLong());
        AnnualRequest request = RequestReader.annual(new ByteArrayInputStream(bytes));
        CompiledRuleSet rules = ruleSets.resolve(ruleSet, caller);
        PendingDecision pending = recorder.begin(DecisionKind.DOCUMENTS_ANNUAL, caller.getName(), bytes,
                Recording.subjects(request.cadres(), request.units()));
        return answer(pending, maker.annual(request, rules, dates), rules, accept);
    }

    @PostMapping("/quarterly")
    ResponseEntity<byte[]> quarterly(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller,
            HttpServletRequest http) throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        byte[] bytes = Recording.body(body, http.getContentLengthLong());
        QuarterlyRequest request = RequestReader.quarterly(new ByteArrayInputStream(bytes));
        CompiledRuleSet rules = ruleSets.resolve(ruleSet, caller);
        PendingDecision pending = recorder.begin(DecisionKind.DOCUMENTS_QUARTERLY, caller.getName(), bytes,
                Recording.subjects(request.cadres(), request.units()));
        return answer(pending, maker.quarterly(request, rules, dates), rules, accept);
    }

    @PostMapping("/step-down")
    ResponseEntity<byte[]> stepDown(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller,
            HttpServletRequest http) throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        byte[] bytes = Recording.body(body, http.getContentLengthLong());
        StepDownRequest request = RequestReader.stepDown(new ByteArrayInputStream(bytes));
        CompiledRuleSet rules = ruleSets.resolve(ruleSet, caller);
        PendingDecision pending = recorder.begin(DecisionKind.DOCUMENTS_STEP_DOWN, caller.getName(), bytes,
                List.of(request.cadre().id()));
        return answer(pending, maker.stepDown(request, rules, dates), rules, accept);
    }

    /**
     * Records the documents' JSON, then answers it when the caller prefers JSON, else the zip
     * (CONTRACT.md: zip is the default) with that JSON as its {@code documents.json}.
     */
    private ResponseEntity<byte[]> answer(PendingDecision pending, Paperwork paperwork, CompiledRuleSet rules, String accept)
            throws IOException {
        Documents documents = paperwork.documents();
        byte[] answer = Recording.answer(json, pending, documents);
        byte[] files = AcceptedAnswer.prefersJson(accept) ? null : zip.zip(paperwork, answer);
        pending.record(documents.year(), documents.quarter(), rules.id(), rules.sha256(), answer);
        if (files == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
        }
        ResponseEntity<byte[]> download = Downloads.attachment(DocumentsZip.fileName(documents), files);
        return pending.id() == null ? download
                : ResponseEntity.status(download.getStatusCode()).headers(download.getHeaders()).header(DECISION_ID, pending.id())
                        .body(files);
    }
}
