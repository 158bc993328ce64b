package com.meritarchive.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The way in from {@code /}, logging in, and the page a user sees where their role may not go. */
@PageController
class AccountPages {

    /** The service's address opened in a browser leads to the pages (the login form first when not logged in). */
    @GetMapping("/")
    String root() {
        return "redirect:/ui";
    }

    @GetMapping("/ui/login")
    String login() {
        return "ui/login";
    }

    /** Any method: a POST refused (no CSRF token, or a role that may not) is forwarded here as a POST. */
    @RequestMapping("/ui/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "ui/denied";
    }
}
