package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.scenario.ScenarioReport.ScenarioFailure;
import com.meritarchive.request.CheckText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule-set error located in Chinese, as policy staff look for it in Excel or an editor. */
final class ErrorText {

    private ErrorText() {
    }

    /** "文件 F，工作表 X，单元格 C7：message", or for a DRL file "文件 F，第 N 行：message". */
    static String describe(RuleSetError error) {
        StringBuilder text = new StringBuilder();
        if (error.file() != null && !error.file().isEmpty()) {
            text.append("文件 ").append(error.file());
        }
        if (error.sheet() != null) {
            separate(text).append("工作表 ").append(error.sheet());
            if (error.row() != null) {
                separate(text).append("单元格 ").append(error.column() == null ? "" : error.column()).append(error.row());
            }
        } else if (error.row() != null) {
            separate(text).append("第 ").append(error.row()).append(" 行"); // Drools' column is 0-based: left out
        }
        return (text.isEmpty() ? "" : text + "：") + chinese(error.message());
    }

    /** A failed test scenario at its expectation row: "文件 F，工作表 X，第 N 行：message". */
    static String describe(ScenarioFailure failure) {
        StringBuilder text = new StringBuilder();
        if (failure.file() != null && !failure.file().isEmpty()) {
            text.append("文件 ").append(failure.file());
        }
        if (failure.sheet() != null) {
            separate(text).append("工作表 ").append(failure.sheet());
        }
        if (failure.row() != null) {
            separate(text).append("第 ").append(failure.row()).append(" 行");
        }
        return (text.isEmpty() ? "" : text + "：") + chinese(failure.message());
    }

    /**
     * The message without the English note the API's callers get at its end ("… (wrong extension)"),
     * when a Chinese text comes before it: the pages speak Chinese only.
     */
    static String chinese(String message) {
        if (message == null) {
            return "";
        }
        Matcher note = ENGLISH_NOTE.matcher(message);
        if (!note.find() || !CHINESE.matcher(message.substring(0, note.start())).find()) {
            return message;
        }
        String text = message.substring(0, note.start());
        String inner = note.group(1);
        String translated = CheckText.message(inner); // a request check's message, as in a scenario's cell
        return translated.equals(inner) ? text : text + "（" + translated + "）";
    }

    private static final Pattern ENGLISH_NOTE = Pattern.compile("\\s*\\(([\\x20-\\x7E]*)\\)\\s*$");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append("，");
    }
}
