package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers of a DRL text, dotted names kept whole ({@code java.lang.System.exit}), with
 * their line and column, after comments and string and character literals are blanked out, so
 * that {@link DrlCodeCheck} judges only what Drools and the Java compiler would read as code.
 */
final class DrlTokens {

    /**
     * One dotted name; {@code line} and {@code column} are 1-based, as an editor shows them, and
     * {@code start} and {@code end} its offsets in the text.
     */
    record Token(String text, int line, int column, int start, int end) {

        List<String> parts() {
            return List.of(text.split("\\."));
        }
    }

    private DrlTokens() {
    }

    /** The text with comments and literals replaced by spaces; lines and columns stay where they were. */
    static String code(String drl) {
        char[] out = drl.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                i = blank(out, i, indexOf(drl, "\n", i));
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                int end = drl.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? out.length : end + 2);
            } else if (c == '"' || c == '\'') {
                i = blank(out, i, literalEnd(drl, i, c));
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Every identifier or dotted name of the code, in order; numbers and {@code $variables} are skipped. */
    static List<Token> of(String drl) {
        return ofCode(code(drl));
    }

    /** As {@link #of}, for a text whose comments and literals {@link #code} has blanked already. */
    static List<Token> ofCode(String code) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (Character.isDigit(c)) {
                i = identifierEnd(code, i); // 10L, 0xFF, 1.5d: a number, not a name
            } else if (c == '$' || Character.isJavaIdentifierStart(c)) {
                int start = i;
                i = identifierEnd(code, i);
                while (true) { // the dots of one dotted name, spaces around them allowed as Java allows them
                    int next = skipSpaces(code, i);
                    if (next < code.length() && code.charAt(next) == '.') {
                        int after = skipSpaces(code, next + 1);
                        if (after < code.length() && Character.isJavaIdentifierStart(code.charAt(after))) {
                            i = identifierEnd(code, after);
                            continue;
                        }
                    }
                    break;
                }
                String text = code.substring(start, i).replaceAll("\\s+", "");
                tokens.add(new Token(text, line, start - lineStart + 1, start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static int identifierEnd(String code, int i) {
        int end = i + 1;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end)) && code.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String code, int i) {
        int at = i;
        while (at < code.length() && (code.charAt(at) == ' ' || code.charAt(at) == '\t' || code.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int literalEnd(String drl, int start, char quote) {
        int i = start + 1;
        while (i < drl.length() && drl.charAt(i) != quote && drl.charAt(i) != '\n') {
            i += drl.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, drl.length());
    }

    private static int indexOf(String text, String what, int from) {
        int at = text.indexOf(what, from);
        return at < 0 ? text.length() : at;
    }

    /** Blanks [from, to) except line ends, and returns {@code to}. */
    private static int blank(char[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        return to;
    }
}
