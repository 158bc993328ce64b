package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public notice prints: LibreOffice Writer (headless, as a clerk's copy would) converts the
 * .docx to a PDF of real pages, and {@code pdftoppm}, when installed, renders page 1 to
 * {@code target/notice-pdf/notice-1.png} for a person to look at (the README's picture comes from it).
 */
class NoticePdfIT {

    private static final Path OUTPUT = Path.of("target", "notice-pdf");

    private static Process run(Path dir, String log, List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    @Test
    void shouldConvertThePublicNoticeToAPdfWithLibreOffice(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("notice.docx");
        Files.write(docx, new NoticeWriter().docx(SampleDocuments.PUBLIC, SampleDocuments.PARAMETERS,
                SampleDocuments.RECORD_DETAIL));
        Path out = Files.createDirectories(dir.resolve("out"));
        Process soffice;
        try {
            soffice = run(dir, "soffice.log", List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out.toString(), docx.toString()));
        } catch (IOException e) {
            throw new AssertionError("LibreOffice Writer is needed: apt-get install -y libreoffice-writer (.ci/run installs it)", e);
        }
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();

        Path pdf = out.resolve("notice.pdf");
        assertThat(pdf).as("PDF written; see " + dir.resolve("soffice.log")).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).as("a page with text and fonts, not an empty shell").isGreaterThan(10_000);

        Files.createDirectories(OUTPUT);
        Files.copy(pdf, OUTPUT.resolve("notice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        renderFirstPage(dir, pdf);
    }

    /** Page 1 as a PNG at 60 dpi when poppler-utils is installed; nothing to check otherwise. */
    private static void renderFirstPage(Path dir, Path pdf) throws Exception {
        Process pdftoppm;
        try {
            pdftoppm = run(dir, "pdftoppm.log", List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    pdf.toString(), OUTPUT.resolve("notice-1").toString()));
        } catch (IOException e) {
            return;
        }
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(OUTPUT.resolve("notice-1.png")).exists();
        assertThat(Files.size(OUTPUT.resolve("notice-1.png"))).isGreaterThan(5_000);
    }
}
