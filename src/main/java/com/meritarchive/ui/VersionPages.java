package com.meritarchive.ui;

import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.ruleset.UploadedFiles;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page: every version, which one is active, and the active version's files to download. */
@Controller
class VersionPages {

    private final RuleSets ruleSets;

    VersionPages(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping({"/ui", "/ui/"})
    String home(Model model) {
        RuleSetVersion active = ruleSets.version(ruleSets.active().id());
        model.addAttribute("versions", ruleSets.list().stream().map(VersionRow::of).toList());
        model.addAttribute("active", VersionRow.of(active));
        return "ui/home";
    }

    @GetMapping("/ui/versions/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) {
        byte[] content = ruleSets.files(ruleSets.version(id)).files().get(name);
        if (content == null) {
            throw new PageNotFoundException("版本 " + id + " 中没有文件 " + name);
        }
        return ResponseEntity.ok()
                .contentType(UploadedFiles.mediaTypeOf(name))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
