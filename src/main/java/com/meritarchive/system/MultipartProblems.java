package com.meritarchive.system;

import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body Tomcat refuses to parse (more parts than {@code server.tomcat.max-part-count}, a
 * file name with a NUL) fails before any controller is chosen, so no feature can explain it and
 * Spring would answer a bare 500: it is answered here as problem+json, naming the file when there
 * is one. Nothing was read, so nothing is stored.
 */
@RestControllerAdvice
@Order(1) // after ProblemHandler, which answers MaxUploadSizeExceededException (a MultipartException too) with 413
class MultipartProblems {

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unparsable(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileCountLimitExceededException) {
                return ProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too many files",
                        "一次上传的文件过多，请只上传改过的文件 (too many parts in one upload: server.tomcat.max-part-count)");
            }
            if (cause instanceof InvalidFileNameException invalid) {
                ProblemDetail problem = ProblemHandler.problem(HttpStatus.BAD_REQUEST, "Invalid file name",
                        "文件名含有控制字符，请重新命名 (control character in a file name)");
                problem.setProperty("errors", List.of(Map.of("file", visible(invalid.getName()),
                        "message", "文件名含有控制字符（如 NUL），请重新命名 (control character in the file name)")));
                return problem;
            }
        }
        return ProblemHandler.problem(HttpStatus.BAD_REQUEST, "Malformed multipart body",
                "上传的内容无法解析 (the multipart body cannot be parsed)");
    }

    /** A name with its control characters written as code points, so that the answer can show it. */
    private static String visible(String name) {
        StringBuilder text = new StringBuilder();
        (name == null ? "" : name).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                text.append(String.format("\\u%04X", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
