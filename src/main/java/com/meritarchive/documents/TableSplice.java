package com.meritarchive.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Puts tables written as text ({@link WordTable}) into a .docx that POI wrote: POI lays out the
 * page, the paragraphs, the footers and the font table with a placeholder paragraph where each
 * table goes; the file is then copied entry by entry, and {@code word/document.xml} streamed with
 * each placeholder replaced by its table.
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length * 2);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT)) {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    document(new String(in.readAllBytes(), StandardCharsets.UTF_8), count, tables, writer);
                    writer.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
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
