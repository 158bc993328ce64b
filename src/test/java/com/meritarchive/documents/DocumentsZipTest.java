package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DocumentsZipTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DocumentsZip zip = new DocumentsZip(json, new NoticeWriter(), new RosterWriter());

    private Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(
                new ByteArrayInputStream(zip.zip(SampleDocuments.DOCUMENTS, SampleDocuments.PARAMETERS)), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void shouldHoldEachDocumentAsWordAndExcelUnderNumberedChineseNames() throws IOException {
        assertThat(entries().keySet()).containsExactly(
                "01-公示-关于2017年度重点工作实绩档案考核结果的公示.docx", "01-公示-关于2017年度重点工作实绩档案考核结果的公示.xlsx",
                "02-县委组织部-关于报送2017年度重点工作实绩档案考核结果的函.docx", "02-县委组织部-关于报送2017年度重点工作实绩档案考核结果的函.xlsx",
                "03-县纪委监察局-关于移送2017年度问题痕迹档案的函.docx", "03-县纪委监察局-关于移送2017年度问题痕迹档案的函.xlsx",
                "documents.json");
    }

    @Test
    void shouldHoldTheDocumentsAsJsonThatReadsBackTheSame() throws IOException {
        Documents read = json.readValue(entries().get("documents.json"), Documents.class);
        assertThat(read).isEqualTo(SampleDocuments.DOCUMENTS);
    }

    @Test
    void shouldHoldFilesThatOpen() throws IOException {
        for (var entry : entries().entrySet()) {
            if (entry.getKey().endsWith(".docx")) {
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(entry.getValue())).close();
            } else if (entry.getKey().endsWith(".xlsx")) {
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(entry.getValue())).close();
            }
        }
    }

    @Test
    void shouldMarkEntryNamesAsUtf8() throws IOException {
        byte[] bytes = zip.zip(SampleDocuments.DOCUMENTS, SampleDocuments.PARAMETERS);
        int flags = (bytes[6] & 0xFF) | (bytes[7] & 0xFF) << 8;
        assertThat(flags & 0x800).as("language encoding flag (bit 11)").isNotZero();
    }

    @Test
    void shouldDropCharactersAFileSystemRefusesFromNames() {
        assertThat(DocumentsZip.safe("关于 a/b:c*d?\"e<f>g|h\\i 的公示")).isEqualTo("关于abcdefghi的公示");
        assertThat(DocumentsZip.safe("..")).isEqualTo("文件");
        assertThat(DocumentsZip.safe("长".repeat(100))).hasSize(60);
    }
}
