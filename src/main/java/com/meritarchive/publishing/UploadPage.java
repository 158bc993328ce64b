package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.web.PageController;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploading changed rule files: the active version's files with these replacing same-named ones
 * are compiled and stored as a new version (not yet active), or every error is listed by cell.
 */
@PageController
class UploadPage {

    private final Publisher publisher;

    UploadPage(Publisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping("/ui/upload")
    String form(Model model) {
        model.addAttribute("active", VersionRow.of(publisher.active()));
        return "ui/upload";
    }

    @PostMapping("/ui/upload")
    ModelAndView upload(@RequestParam(name = "file", required = false) List<MultipartFile> parts, Authentication user) {
        List<MultipartFile> chosen = parts == null ? List.of()
                : parts.stream().filter(part -> part.getOriginalFilename() != null && !part.getOriginalFilename().isEmpty())
                        .toList(); // a form sent with no file chosen has one nameless, empty part
        ModelAndView page = new ModelAndView("ui/upload");
        page.addObject("active", VersionRow.of(publisher.active()));
        page.addObject("uploaded", chosen.stream().map(MultipartFile::getOriginalFilename).toList());
        if (chosen.isEmpty()) {
            page.addObject("errors", List.of("没有选择文件：请先点“选择文件”，选中改过的规则文件，再点“上传并检查”。"));
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
        try {
            PublishedVersion version = publisher.upload(UploadedFiles.read(chosen), Uploader.of(user));
            page.addObject("version", VersionRow.of(version));
        } catch (RuleSetInvalidException e) {
            page.addObject("errors", e.errors().stream().map(ErrorText::describe).toList());
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (CodeUploadForbiddenException e) {
            page.addObject("errors", e.errors().stream().map(ErrorText::describe).toList());
            page.setStatus(HttpStatus.FORBIDDEN);
        }
        return page;
    }
}
