package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's warning list (预警名单) opens in LibreOffice, as in the county's offices: Writer reads the
 * .docx (title, addressee, the warning's sentence and records in the table) and prints it to a PDF,
 * Calc reads the .xlsx roster's rows. Page 1 goes to {@code target/notice-pdf/warnings-1.png} when
 * poppler-utils is installed (the README's picture).
 */
class WarningListLibreOfficeIT {

    private static final Path OUTPUT = Path.of("target", "notice-pdf");

    private static Documents.Document u01(Paperwork paperwork) {
        return paperwork.documents().documents().stream().filter(d -> "U01".equals(d.unitId())).findFirst().orElseThrow();
    }

    @Test
    void shouldOpenTheWordAndExcelWarningListInLibreOffice(@TempDir Path dir) throws Exception {
        DocumentMaker maker = new DocumentMaker(new AnnualDecider(), WarningListTest.withWarnings(WarningListTest.WARNINGS),
                new StepDownDecider(), new Router(), Clock.systemUTC());
        Paperwork paperwork = maker.quarterly(WarningListTest.quarterly2017Q1(), RoutingWorkbook.SHIPPED,
                new DocumentDates(java.time.LocalDate.of(2017, 4, 10), null));
        Documents.Document list = u01(paperwork);
        Path docx = Files.write(dir.resolve("warnings.docx"), new NoticeWriter().docx(list, paperwork.parameters(), paperwork.records()));
        Path xlsx = Files.write(dir.resolve("warnings.xlsx"), new RosterWriter().xlsx(list, paperwork.records()));
        Path out = Files.createDirectories(dir.resolve("out"));

        convert(dir, out, "txt:Text (encoded):UTF8", docx);
        String text = Files.readString(out.resolve("warnings.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("2017年第一季度重点工作预警名单", "县发展和改革局主要负责人：", "一、预警：年度考核直接评为优秀（1人）",
                "杨云本年度已有1次实绩档案且无问题痕迹", "2017年第1季度 固定资产投资增速 实绩档案（有效）", "2017年4月10日");

        convert(dir, out, "csv:Text - txt - csv (StarCalc):44,34,76", xlsx);
        List<String> rows = Files.readAllLines(out.resolve("warnings.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("2017年第一季度重点工作预警名单");
        assertThat(rows.get(1)).isEqualTo("序号,姓名/单位,工作单位,预警结果,预警条款,预警说明,档案依据");
        // by clause (W4 before W5), as the Word file's headings
        assertThat(rows.get(2)).startsWith("1,杨云,县发展和改革局,年度考核直接评为优秀,W4,杨云本年度已有1次实绩档案");
        assertThat(rows.get(3)).startsWith("2,张世兵,县发展和改革局,直接推荐重大贡献奖,W5,");

        convert(dir, out, "pdf:writer_pdf_Export", docx);
        Path pdf = out.resolve("warnings.pdf");
        assertThat(Files.size(pdf)).as("a page with text and fonts").isGreaterThan(10_000);
        Files.createDirectories(OUTPUT);
        Files.copy(pdf, OUTPUT.resolve("warnings.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        renderFirstPage(dir, pdf);
    }

    private static void convert(Path dir, Path out, String filter, Path file) throws Exception {
        Process soffice;
        try {
            soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", filter, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice is needed: apt-get install -y libreoffice-writer libreoffice-calc", e);
        }
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(soffice.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static void renderFirstPage(Path dir, Path pdf) throws Exception {
        Process pdftoppm;
        try {
            pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                    OUTPUT.resolve("warnings-1").toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("pdftoppm.log").toFile()).start();
        } catch (IOException e) {
            return;
        }
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(OUTPUT.resolve("warnings-1.png")).exists();
    }
}
