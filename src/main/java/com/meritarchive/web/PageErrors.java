package com.meritarchive.web;

import com.meritarchive.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors on the pages as Chinese pages, not the API's problem+json (which stays for {@code /api}). */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        // a feature's own message when it is Chinese; the API's English one ("No rule set with id 'x'") is not shown
        String message = e.getMessage();
        model.addAttribute("message", message != null && message.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? message : null);
        return "ui/not-found";
    }
}
