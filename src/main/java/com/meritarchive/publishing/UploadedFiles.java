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

/** Checks the names of uploaded rule files before anything is compiled or stored. */
final class UploadedFiles {

    private static final Pattern ACCEPTED = Pattern.compile("(?i).+\\.(xlsx|xls|drl|csv)");
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
        for (MultipartFile part : parts) {
            String name = baseName(part.getOriginalFilename());
            if (name.isEmpty() || !SAFE_NAME.matcher(name).matches() || name.startsWith(".") || name.contains("..")) {
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

    /** Browsers may send a full client path; only the last part is the file's name. */
    private static String baseName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static byte[] bytes(MultipartFile part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + part.getOriginalFilename(), e);
        }
    }
}
