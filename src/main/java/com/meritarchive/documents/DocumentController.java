package com.meritarchive.documents;

import com.meritarchive.decision.RuleSetChoice;
import com.meritarchive.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a decision (CONTRACT.md {@code POST /api/v1/documents/…}): the body and
 * {@code ?ruleSet=} of the decision endpoints, answered as {@code application/json} for now;
 * {@code application/zip} (Word and Excel files) is not offered yet, so asking only for it is 406.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DocumentController {

    private final RuleSetChoice ruleSets;
    private final DocumentMaker maker;

    DocumentController(RuleSetChoice ruleSets, DocumentMaker maker) {
        this.ruleSets = ruleSets;
        this.maker = maker;
    }

    @PostMapping("/annual")
    ResponseEntity<Documents> annual(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            Authentication caller) throws IOException {
        return json(maker.annual(RequestReader.annual(body), ruleSets.resolve(ruleSet, caller)));
    }

    @PostMapping("/quarterly")
    ResponseEntity<Documents> quarterly(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            Authentication caller) throws IOException {
        return json(maker.quarterly(RequestReader.quarterly(body), ruleSets.resolve(ruleSet, caller)));
    }

    @PostMapping("/step-down")
    ResponseEntity<Documents> stepDown(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet,
            Authentication caller) throws IOException {
        return json(maker.stepDown(RequestReader.stepDown(body), ruleSets.resolve(ruleSet, caller)));
    }

    /** The answer as {@code application/json} whatever JSON type the caller accepts. */
    private static ResponseEntity<Documents> json(Documents documents) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(documents);
    }
}
