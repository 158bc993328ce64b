package com.meritarchive.publishing;

import org.springframework.security.core.Authentication;

/**
 * Who uploads a rule set, and whether they may upload code. A workbook's white cells are values
 * that policy staff (AUTHOR) change; a {@code .drl} file or a {@code .csv} table is program text
 * that runs inside the service, so it needs the role that may also publish (PUBLISH, the admin).
 */
record Uploader(String name, boolean mayUploadCode) {

    static final String CODE_ROLE = "ROLE_PUBLISH";

    static Uploader of(Authentication user) {
        return new Uploader(user.getName(),
                user.getAuthorities().stream().anyMatch(authority -> CODE_ROLE.equals(authority.getAuthority())));
    }
}
