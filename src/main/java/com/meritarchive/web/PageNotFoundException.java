package com.meritarchive.web;

import com.meritarchive.system.NotFoundException;

/** Something a page link names that does not exist; shown as a Chinese 404 page. */
public class PageNotFoundException extends NotFoundException {

    public PageNotFoundException(String message) {
        super("Not found", message);
    }
}
