package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.ruleset.UnknownFileException;
import com.meritarchive.web.Downloads;
import com.meritarchive.web.PageController;
import com.meritarchive.web.PageNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page: every version, which one is active, and the active version's files to download. */
@PageController
class VersionPages {

    private final Publisher publisher;
    private final RuleSets ruleSets;

    VersionPages(Publisher publisher, RuleSets ruleSets) {
        this.publisher = publisher;
        this.ruleSets = ruleSets;
    }

    @GetMapping({"/ui", "/ui/"})
    String home(Model model) {
        model.addAttribute("versions", publisher.list().stream().map(VersionRow::of).toList());
        model.addAttribute("active", VersionRow.of(publisher.active()));
        return "ui/home";
    }

    @GetMapping("/ui/versions/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) {
        try {
            return Downloads.attachment(name, ruleSets.file(id, name));
        } catch (UnknownFileException e) {
            throw new PageNotFoundException("版本 " + id + " 中没有文件 " + name);
        }
    }
}
