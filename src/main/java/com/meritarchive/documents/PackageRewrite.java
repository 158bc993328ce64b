package com.meritarchive.documents;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies an Office file (.docx, .xlsx: a zip of XML parts) entry by entry, streaming the parts
 * that are to change through a writer: how tables and rows written as text ({@link TableSplice},
 * {@link SheetRows}) get into a file POI laid out.
 */
final class PackageRewrite {

    /** Writes a part anew from its XML as POI wrote it. */
    interface Part {
        void write(String xml, Writer out) throws IOException;
    }

    private PackageRewrite() {
    }

    /** {@code parts}: entry name → how to rewrite it, or null to copy it as it is. */
    static byte[] rewrite(byte[] file, Function<String, Part> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(file.length * 4);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
                ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                Part part = parts.apply(entry.getName());
                if (part == null) {
                    in.transferTo(out);
                } else {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    part.write(new String(in.readAllBytes(), StandardCharsets.UTF_8), writer);
                    writer.flush();
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
