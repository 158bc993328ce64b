package com.meritarchive.documents;

import java.io.IOException;
import java.io.Writer;

/** Text as XML character data, for the parts written as text ({@link WordTable}, {@link SheetRows}). */
final class Xml {

    private Xml() {
    }

    /** Markup escaped, characters XML 1.0 cannot hold left out; a plain string is written in one go. */
    static void text(Writer out, String text) throws IOException {
        if (plain(text)) {
            out.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.write(c);
                    }
                }
            }
        }
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c == '&' || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        return true;
    }
}
