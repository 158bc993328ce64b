package com.meritarchive.publishing;

import com.meritarchive.ruleset.ConcurrentPublicationException;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.scenario.ScenariosFailedException;
import com.meritarchive.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing a version (role PUBLISH): choose, confirm what changes (files, the cells and DRL lines
 * that differ from the active version, and the version's own scenario results), then publish by a
 * CSRF-protected POST; failing scenarios need "force".
 */
@PageController
class PublishPages {

    private final Publisher publisher;
    private final RuleSets ruleSets;

    PublishPages(Publisher publisher, RuleSets ruleSets) {
        this.publisher = publisher;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/ui/publish")
    String choose(Model model) {
        model.addAttribute("versions", publisher.list().stream().map(VersionRow::of).toList());
        return "ui/publish";
    }

    @GetMapping("/ui/publish/{id}")
    String confirm(@PathVariable String id, Model model) {
        return confirmation(id, model);
    }

    private String confirmation(String id, Model model) {
        model.addAttribute("generation", ruleSets.generation()); // read before the active version the page compares with
        PublishedVersion candidate = publisher.version(id);
        PublishedVersion active = publisher.active();
        model.addAttribute("candidate", VersionRow.of(candidate));
        model.addAttribute("active", VersionRow.of(active));
        model.addAttribute("alreadyActive", candidate.sha256().equals(active.sha256()));
        model.addAttribute("changes", FileChanges.between(ruleSets.files(ruleSets.version(active.id())).files(),
                ruleSets.files(ruleSets.version(candidate.id())).files()));
        model.addAttribute("review", ChangeReview.of(publisher.changes(candidate.id(), active.id())));
        return "ui/publish-confirm";
    }

    @PostMapping("/ui/publish/{id}")
    String publish(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
            @RequestParam(required = false) Long generation, Principal user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            // the publication checks the state the page showed: what was active when staff reviewed the changes
            PublishedVersion published = publisher.activate(id, user.getName(), force,
                    generation == null ? ruleSets.generation() : generation);
            redirect.addFlashAttribute("published", published.id());
            return "redirect:/ui";
        } catch (ScenariosFailedException e) {
            model.addAttribute("refused", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmation(id, model);
        } catch (ConcurrentPublicationException e) {
            model.addAttribute("overtaken", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmation(id, model);
        }
    }
}
