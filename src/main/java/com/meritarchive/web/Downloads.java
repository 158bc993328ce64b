package com.meritarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save, for endpoints and pages alike: its media type from its extension, its name (Chinese too) in the header. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType XLS = MediaType.parseMediaType("application/vnd.ms-excel");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private Downloads() {
    }

    /** {@code 200} with {@code content} as an attachment named {@code name}. */
    public static ResponseEntity<byte[]> attachment(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(mediaTypeOf(name))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** Workbooks as what they are; DRL and anything else as UTF-8 text. */
    static MediaType mediaTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return XLSX;
        }
        if (lower.endsWith(".xls")) {
            return XLS;
        }
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        return TEXT;
    }
}
