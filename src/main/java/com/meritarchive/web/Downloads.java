package com.meritarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save, for endpoints and pages alike: its media type from its extension, its name (Chinese too) in the header. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final MediaType XLS = MediaType.parseMediaType("application/vnd.ms-excel");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private Downloads() {
    }

    /** {@code 200} with {@code content} as an attachment named {@code name}. */
    public static ResponseEntity<byte[]> attachment(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(mediaTypeOf(name))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name))
                .body(content);
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} as RFC 6266 has it: the quoted ASCII
     * {@code filename} is what {@code curl -OJ} and old clients save (non-ASCII runs become
     * {@code _}), {@code filename*} the exact name, percent-encoded (RFC 8187), for browsers.
     */
    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** {@code name} in printable ASCII: each run of other characters (and quotes, backslashes) as one {@code _}. */
    static String asciiName(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]+|[\"\\\\]+", "_");
        int dot = ascii.lastIndexOf('.');
        String base = dot > 0 ? ascii.substring(0, dot) : ascii;
        String extension = dot > 0 ? ascii.substring(dot) : "";
        base = base.replaceAll("^[_\\- .]+|[_\\- .]+$", "");
        if (base.isEmpty()) {
            base = "download";
        }
        return base + extension;
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /** Workbooks and zips as what they are; DRL and anything else as UTF-8 text. */
    static MediaType mediaTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return ZIP;
        }
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
