package com.meritarchive.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.system.InvalidRequestException;
import com.meritarchive.system.InvalidRequestException.InvalidField;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Rule-set versions for policy staff: list, upload (validated, stored), download and publish (CONTRACT.md). */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetController {

    private final RuleSets ruleSets;

    RuleSetController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<RuleSetVersion> list() {
        return ruleSets.list();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleSetVersion> upload(@RequestParam(name = "file", required = false) List<MultipartFile> files,
            Principal user) {
        RuleSetVersion version = ruleSets.upload(UploadedFiles.read(files), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/rulesets/" + version.id())).body(version);
    }

    @GetMapping(path = "/active", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetVersion active() {
        return ruleSets.version(ruleSets.active().id()).withActive(true);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetVersion version(@PathVariable String id) {
        RuleSetVersion version = ruleSets.version(id);
        return version.withActive(version.sha256().equals(ruleSets.active().sha256()));
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) {
        byte[] content = ruleSets.files(ruleSets.version(id)).files().get(name);
        if (content == null) {
            throw new UnknownFileException(id, name);
        }
        return ResponseEntity.ok()
                .contentType(UploadedFiles.mediaTypeOf(name))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @PutMapping(path = "/active", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetVersion publish(@RequestBody JsonNode body, Principal user) {
        JsonNode id = body.get("id");
        if (id == null || !id.isTextual()) {
            throw new InvalidRequestException(List.of(new InvalidField("/id", "is required: the id of a stored version")));
        }
        JsonNode force = body.get("force");
        if (force != null && !force.isBoolean() && !force.isNull()) {
            throw new InvalidRequestException(List.of(new InvalidField("/force", "must be true or false")));
        }
        return ruleSets.activate(id.textValue(), user.getName(), force != null && force.asBoolean());
    }
}
