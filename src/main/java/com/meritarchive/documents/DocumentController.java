package com.meritarchive.documents;

import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.request.RequestReader;
import com.meritarchive.web.Downloads;
import java.io.IOException;
import java.io.InputStream;
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
 * working day.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {"application/zip", MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DocumentController {

    private final RuleSetChoice ruleSets;
    private final DocumentMaker maker;
    private final DocumentsZip zip;

    DocumentController(RuleSetChoice ruleSets, DocumentMaker maker, DocumentsZip zip) {
        this.ruleSets = ruleSets;
        this.maker = maker;
        this.zip = zip;
    }

    @PostMapping("/annual")
    ResponseEntity<?> annual(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller)
            throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        return answer(maker.annual(RequestReader.annual(body), ruleSets.resolve(ruleSet, caller), dates), accept);
    }

    @PostMapping("/quarterly")
    ResponseEntity<?> quarterly(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller)
            throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        return answer(maker.quarterly(RequestReader.quarterly(body), ruleSets.resolve(ruleSet, caller), dates), accept);
    }

    @PostMapping("/step-down")
    ResponseEntity<?> stepDown(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            @RequestParam(required = false) String documentDate, @RequestParam(required = false) String noticeStart,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller)
            throws IOException {
        DocumentDates dates = DateParameters.read(documentDate, noticeStart);
        return answer(maker.stepDown(RequestReader.stepDown(body), ruleSets.resolve(ruleSet, caller), dates), accept);
    }

    /** The JSON model when the caller prefers JSON, else the zip (CONTRACT.md: zip is the default). */
    private ResponseEntity<?> answer(Paperwork paperwork, String accept) {
        if (AcceptedAnswer.prefersJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(paperwork.documents());
        }
        return Downloads.attachment(DocumentsZip.fileName(paperwork.documents()), zip.zip(paperwork));
    }
}
