package com.meritarchive.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.Recording;
import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionRecorder;
import com.meritarchive.decisionlog.PendingDecision;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
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
        return make(new Call(body, http, ruleSet, documentDate, noticeStart, accept, caller), DecisionKind.DOCUMENTS_ANNUAL,
                RequestReader::annual, request -> Recording.subjects(request.cadres(), request.units()), maker::annual);
    }

    @PostMapping("/quarterly")
    ResponseEntity<byte[]> quarterly(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller,
            HttpServletRequest http) throws IOException {
        return make(new Call(body, http, ruleSet, documentDate, noticeStart, accept, caller), DecisionKind.DOCUMENTS_QUARTERLY,
                RequestReader::quarterly, request -> Recording.subjects(request.cadres(), request.units()), maker::quarterly);
    }

    @PostMapping("/step-down")
    ResponseEntity<byte[]> stepDown(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller,
            HttpServletRequest http) throws IOException {
        return make(new Call(body, http, ruleSet, documentDate, noticeStart, accept, caller), DecisionKind.DOCUMENTS_STEP_DOWN,
                RequestReader::stepDown, request -> List.of(request.cadre().id()), maker::stepDown);
    }

    /** What every documents call brings: its body, query and caller. */
    private record Call(InputStream body, HttpServletRequest http, String ruleSet, String documentDate, String noticeStart,
            String accept, Authentication caller) {
    }

    /** Decides a request and makes its documents. */
    private interface Maker<R> {
        Paperwork make(R request, CompiledRuleSet rules, DocumentDates dates);
    }

    /** Checks the dates and the body, picks the version, begins the record, makes the documents and answers them. */
    private <R> ResponseEntity<byte[]> make(Call call, DecisionKind kind, Recording.BodyReader<R> reader,
            Function<R, Collection<String>> subjects, Maker<R> make) throws IOException {
        DocumentDates dates = DateParameters.read(call.documentDate(), call.noticeStart());
        byte[] bytes = Recording.body(call.body(), call.http().getContentLengthLong());
        R request = reader.read(new ByteArrayInputStream(bytes));
        CompiledRuleSet rules = ruleSets.resolve(call.ruleSet(), call.caller());
        PendingDecision pending = recorder.begin(kind, call.caller().getName(), rules.id(), rules.sha256(), bytes,
                subjects.apply(request));
        Paperwork paperwork;
        try {
            paperwork = make.make(request, rules, dates);
        } catch (RuntimeException e) {
            pending.abandon();
            throw e;
        }
        return answer(pending, paperwork, rules, call.accept());
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
