package com.meritarchive.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Everything a decision sends out in one download: each document as {@code .docx} and
 * {@code .xlsx}, named so that a file manager lists them in order and a clerk knows each by its
 * name ({@code 01-公示-关于2017年度….docx}), and {@code documents.json}, the model itself, for
 * whoever checks the files against the decision. Entry names are UTF-8 (ZipOutputStream sets the
 * language-encoding flag), which Windows Explorer, 7-Zip and unzip read as Chinese. A filing
 * lists each entry's records in the words of the rule set that decided (its code workbook).
 */
@Component
public class DocumentsZip {

    static final String JSON = "documents.json";
    /** Long enough for any title the county writes; short enough for Windows paths. */
    private static final int MAX_TITLE = 60;

    private final ObjectMapper json;
    private final NoticeWriter notices;
    private final RosterWriter rosters;
    public DocumentsZip(ObjectMapper json, NoticeWriter notices, RosterWriter rosters) {
        this.json = json;
        this.notices = notices;
        this.rosters = rosters;
    }

    /** {@code 2017年度公示与备案.zip}, {@code 2017年第一季度公示与备案.zip}: what the download is saved as. */
    public static String fileName(Documents documents) {
        return Titles.period(documents.year(), documents.quarter()) + "公示与备案.zip";
    }

    /** The zip of {@code paperwork}, its {@code documents.json} the documents as they are. */
    public byte[] zip(Paperwork paperwork) {
        try {
            return zip(paperwork, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(paperwork.documents()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("documents are plain records and always serialize", e);
        }
    }

    /** The zip of {@code paperwork} with {@code documentsJson} (the JSON answer as recorded) as its {@code documents.json}. */
    public byte[] zip(Paperwork paperwork, byte[] documentsJson) {
        Documents documents = paperwork.documents();
        NoticeParameters parameters = paperwork.parameters();
        RecordDetail records = paperwork.records();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            int number = 1;
            for (Documents.Document document : documents.documents()) {
                String base = baseName(number++, document);
                stored(zip, base + ".docx", notices.docx(document, parameters, records));
                stored(zip, base + ".xlsx", rosters.xlsx(document, records));
            }
            put(zip, JSON, documentsJson);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 01-公示-关于…的公示}, {@code 05-县水利局-2017年第一季度重点工作预警名单}: number, recipient, title, without characters a file system refuses. */
    static String baseName(int number, Documents.Document document) {
        return String.format("%02d-%s-%s", number, safe(Recipients.name(document)), safe(document.title()));
    }

    /** Drops path separators, reserved punctuation, control characters and spaces; cuts a long name. */
    static String safe(String text) {
        String safe = text == null ? "" : text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "").replaceAll("^\\.+", "");
        if (safe.codePointCount(0, safe.length()) > MAX_TITLE) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_TITLE));
        }
        return safe.isEmpty() ? "文件" : safe;
    }

    /** A .docx or .xlsx is a zip already: stored as it is, not deflated a second time for nothing. */
    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
