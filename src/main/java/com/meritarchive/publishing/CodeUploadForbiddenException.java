package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * An upload with program text ({@code .drl}, {@code .csv}) by someone without PUBLISH (403, each
 * such file named; nothing is stored): uploading code is an admin's act, uploading workbooks is not.
 */
class CodeUploadForbiddenException extends ProblemException {

    private static final Pattern CODE_FILE = Pattern.compile("(?i).+\\.(drl|csv)");

    private final transient List<RuleSetError> errors;

    private CodeUploadForbiddenException(List<RuleSetError> errors) {
        super(HttpStatus.FORBIDDEN, "Forbidden", "Uploading rule code needs the PUBLISH role: " + errors.stream()
                .map(RuleSetError::file).toList(), "上传 .drl 规则文件或 .csv 决策表需要管理员（PUBLISH）权限 "
                + errors.stream().map(RuleSetError::file).toList() + " (uploading code needs the PUBLISH role)",
                Map.of("errors", List.copyOf(errors)), null);
        this.errors = List.copyOf(errors);
    }

    /** Refuses the upload when it holds code and the uploader may not upload code. */
    static void check(Iterable<String> files, Uploader uploader) {
        if (uploader.mayUploadCode()) {
            return;
        }
        List<RuleSetError> errors = new java.util.ArrayList<>();
        for (String file : files) {
            if (CODE_FILE.matcher(file).matches()) {
                errors.add(RuleSetError.inFile(file, "此文件是程序代码，只有管理员（PUBLISH）可以上传；政策人员请修改并上传 .xlsx 工作簿 "
                        + "(a .drl or .csv file is code: uploading it needs the PUBLISH role)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CodeUploadForbiddenException(errors);
        }
    }

    List<RuleSetError> errors() {
        return errors;
    }
}
