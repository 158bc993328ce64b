package com.meritarchive.documents;

import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Puts tables written as text ({@link WordTable}) into a .docx that POI wrote: POI lays out the
 * page, the paragraphs, the footers and the font table with a placeholder paragraph where each
 * table goes; {@code word/document.xml} is then streamed ({@link PackageRewrite}) with each
 * placeholder replaced by its table.
 */
final class TableSplice {

    private static final String DOCUMENT = "word/document.xml";
    private static final String MARK = "MERIT-TABLE-";

    /** Writes table {@code index} (from 0, in the order of the placeholders). */
    interface Tables {
        void write(int index, Writer out) throws IOException;
    }

    private TableSplice() {
    }

    /** A paragraph that table {@code index} will replace. */
    static void placeholder(XWPFDocument word, int index) {
        word.createParagraph().createRun().setText(marker(index));
    }

    static byte[] splice(byte[] docx, int count, Tables tables) throws IOException {
        return PackageRewrite.rewrite(docx, part -> part.equals(DOCUMENT) ? (xml, out) -> document(xml, count, tables, out) : null);
    }

    private static void document(String xml, int count, Tables tables, Writer out) throws IOException {
        int from = 0;
        for (int index = 0; index < count; index++) {
            int mark = xml.indexOf(marker(index), from);
            if (mark < 0) {
                throw new IllegalStateException("no placeholder for table " + index);
            }
            int start = Math.max(xml.lastIndexOf("<w:p>", mark), xml.lastIndexOf("<w:p ", mark));
            int end = xml.indexOf("</w:p>", mark) + "</w:p>".length();
            out.write(xml, from, start - from);
            tables.write(index, out);
            from = end;
        }
        out.write(xml, from, xml.length() - from);
    }

    private static String marker(int index) {
        return MARK + index + "-";
    }
}
