package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.ruleset.RuleSetInvalidException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the names of uploaded rule files before anything is compiled or stored. A name is taken
 * as sent or refused, never repaired: a path ({@code ../x.drl}, {@code a/b.drl}, {@code C:\x.drl}),
 * a control character (NUL) or an invisible formatting character (the right-to-left override
 * U+202E, which makes {@code exe.xlsx} read as something else) is a 422 naming the file, so that
 * what is stored is exactly what the uploader sees. At most {@link #MAX_FILES} files per upload.
 */
final class UploadedFiles {

    /** More files than a rule set has ever had; an upload of more is a mistake or an attack. */
    static final int MAX_FILES = 50;

    private static final Pattern ACCEPTED = Pattern.compile("(?i).+\\.(xlsx|xls|drl|csv)");
    private static final Pattern PATH = Pattern.compile("[/\\\\:]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,120}");

    private UploadedFiles() {
    }

    static Map<String, byte[]> read(List<MultipartFile> parts) {
        List<RuleSetError> errors = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        if (parts == null || parts.isEmpty()) {
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile("",
                    "没有收到文件：请用名为 file 的表单字段上传至少一个文件 (no part named 'file')")));
        }
        if (parts.size() > MAX_FILES) {
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile("", "一次最多上传 " + MAX_FILES + " 个文件，收到 "
                    + parts.size() + " 个：请只上传改过的文件 (at most " + MAX_FILES + " files per upload)")));
        }
        for (MultipartFile part : parts) {
            String original = part.getOriginalFilename() == null ? "" : part.getOriginalFilename();
            String name = visible(original);
            if (INVISIBLE.matcher(original).find()) {
                errors.add(RuleSetError.inFile(name, "文件名含有控制字符或不可见的排版字符（如 U+202E），请重新命名 "
                        + "(control or formatting character in the file name)"));
            } else if (PATH.matcher(original).find()) {
                errors.add(RuleSetError.inFile(name, "文件名不能包含路径（/、\\ 或盘符），请只上传文件本身 (path in the file name)"));
            } else if (name.isBlank() || !name.equals(name.strip()) || !SAFE_NAME.matcher(name).matches()
                    || name.startsWith(".") || name.contains("..")) {
                errors.add(RuleSetError.inFile(name, "文件名不可用，请只用文字、数字、点和横线命名 (unsafe file name)"));
            } else if (!ACCEPTED.matcher(name).matches()) {
                errors.add(RuleSetError.inFile(name,
                        "不支持的文件类型：只接受 .xlsx、.xls、.drl、.csv (wrong extension)"));
            } else if (files.put(name, bytes(part)) != null) {
                errors.add(RuleSetError.inFile(name, "同一个文件上传了两次 (the same name appears twice)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleSetInvalidException(errors);
        }
        return files;
    }

    /** The name as the uploader can read it: an invisible character shown as its code point (backslash, u, 202E). */
    static String visible(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (INVISIBLE.matcher(new String(Character.toChars(c))).matches()) {
                text.append(String.format("\\u%04X", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }

    private static byte[] bytes(MultipartFile part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + part.getOriginalFilename(), e);
        }
    }
}
