package com.meritarchive.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The way in from {@code /}, logging in, the page a user sees where their role may not go, and the
 * one an upload over the size limit leads to.
 */
@PageController
class AccountPages {

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    AccountPages(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    /** The service's address opened in a browser leads to the pages (the login form first when not logged in). */
    @GetMapping("/")
    String root() {
        return "redirect:/ui";
    }

    @GetMapping("/ui/login")
    String login() {
        return "ui/login";
    }

    /**
     * An upload over the size limit ({@link OversizedUploads}); {@code from} is the page whose
     * form it was, to go back to.
     */
    @GetMapping(OversizedUploads.PAGE)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        Object from = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = from instanceof String uri ? uri.substring(request.getContextPath().length()) : "";
        model.addAttribute("from", path.startsWith("/ui/") && !path.equals(OversizedUploads.PAGE) ? path : "/ui");
        model.addAttribute("maxFile", megabytes(maxFileSize));
        model.addAttribute("maxRequest", megabytes(maxRequestSize));
        return "ui/too-large";
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    /** Any method: a POST refused (no CSRF token, or a role that may not) is forwarded here as a POST. */
    @RequestMapping("/ui/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "ui/denied";
    }
}
