package com.meritarchive.request;

/**
 * JSON pointers (RFC 6901) to keys the caller chose: an unknown or duplicate key may hold
 * {@code /} or {@code ~}, and its pointer must still lead to it.
 */
final class Pointer {

    private Pointer() {
    }

    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
