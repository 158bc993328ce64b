package com.meritarchive.ui;

/** Something a page link names that does not exist; shown as a Chinese 404 page. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String message) {
        super(message);
    }
}
