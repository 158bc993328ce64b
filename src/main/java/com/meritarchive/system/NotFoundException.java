package com.meritarchive.system;

import org.springframework.http.HttpStatus;

/** Something a request names that does not exist (404); the pages show it as a Chinese page, the API as problem+json. */
public abstract class NotFoundException extends ProblemException {

    protected NotFoundException(String title, String message) {
        super(HttpStatus.NOT_FOUND, title, message);
    }
}
