package com.meritarchive.ruleset;

import java.util.regex.Pattern;

/**
 * POI refuses a workbook that inflates, or claims to inflate, beyond the limits ({@code PoiLimits})
 * in several English wordings ("Zip bomb detected", "... exceeds the max ...", "Tried to allocate an
 * array of length 1,207,959,692 ..."). Whichever reader met it (tables, code lists, scenario
 * workbooks, change reviews), policy staff get the one Chinese message the README promises, and
 * the raw sizes stay out of the answer.
 */
final class OversizedWorkbook {

    static final String MESSAGE = "文件解压后过大（疑似压缩炸弹），请用 Excel 重新保存后再上传 (the workbook inflates beyond the limit)";

    private static final Pattern POI_WORDING = Pattern.compile("Zip bomb|exceeds the max|Tried to allocate an array of length");

    private OversizedWorkbook() {
    }

    /** The error as policy staff should read it: the README's message for an oversized workbook, else unchanged. */
    static RuleSetError explain(RuleSetError error) {
        return error.message() != null && POI_WORDING.matcher(error.message()).find()
                ? new RuleSetError(error.file(), error.sheet(), null, null, MESSAGE)
                : error;
    }
}
