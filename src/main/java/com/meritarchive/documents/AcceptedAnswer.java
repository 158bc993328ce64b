package com.meritarchive.documents;

import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which of the two answers a documents caller wants: the zip unless its {@code Accept} header
 * prefers JSON (the most acceptable type it names decides; {@code *}{@code /*} or no header is the zip).
 */
final class AcceptedAnswer {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private AcceptedAnswer() {
    }

    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return types.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .filter(type -> type.isCompatibleWith(ZIP) || isJson(type))
                .findFirst()
                .map(type -> !type.isCompatibleWith(ZIP))
                .orElse(false);
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(type) || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
    }
}
