package com.meritarchive.publishing;

import com.meritarchive.request.ActivationRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.RuleSetChanges;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.web.Downloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule-set versions for policy staff: list, upload (validated, stored: 201, or 200 with the
 * version that already holds the same files), download (also {@code /active/files/{name}}), review what a
 * version changes (cells and lines) and publish (CONTRACT.md).
 */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetController {

    private final Publisher publisher;
    private final RuleSets ruleSets;

    RuleSetController(Publisher publisher, RuleSets ruleSets) {
        this.publisher = publisher;
        this.ruleSets = ruleSets;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<PublishedVersion> list() {
        return publisher.list();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublishedVersion> upload(@RequestParam(name = "file", required = false) List<MultipartFile> files,
            Authentication user) {
        Publisher.Upload upload = publisher.store(UploadedFiles.read(files), Uploader.of(user));
        PublishedVersion version = upload.version();
        if (!upload.created()) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, "/api/v1/rulesets/" + version.id()).body(version);
        }
        return ResponseEntity.created(URI.create("/api/v1/rulesets/" + version.id())).body(version);
    }

    @GetMapping(path = "/active", produces = MediaType.APPLICATION_JSON_VALUE)
    PublishedVersion active() {
        return publisher.active();
    }

    /** A file of the active version, as {@code /{id}/files/{name}} gives it for that version's id. */
    @GetMapping("/active/files/{name}")
    ResponseEntity<byte[]> activeFile(@PathVariable String name) {
        return Downloads.attachment(name, ruleSets.file(ruleSets.activeVersion().id(), name));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublishedVersion version(@PathVariable String id) {
        return publisher.version(id);
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) {
        return Downloads.attachment(name, ruleSets.file(id, name));
    }

    /** The cells and lines version {@code id} changes compared with {@code against} (default: the active version). */
    @GetMapping(path = "/{id}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetChanges changes(@PathVariable String id, @RequestParam(required = false) String against) {
        return publisher.changes(id, against);
    }

    @PutMapping(path = "/active", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PublishedVersion publish(InputStream body, Principal user) throws IOException {
        ActivationRequest request = RequestReader.activation(body);
        return publisher.activate(request.id(), user.getName(), request.force());
    }
}
