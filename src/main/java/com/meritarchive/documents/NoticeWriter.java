package com.meritarchive.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/**
 * One document as the Word file the department prints and stamps (DOCUMENTS.md): title in 2号
 * 小标宋, a blank line, the addressee (none for a public notice), the body in 3号 仿宋 with a
 * two-character indent on a fixed 28 pt line, the table of entries in 小4号 仿宋 with its header
 * repeated on each page (a heading in 黑体 and a table per result when there are several kinds),
 * then the issuer and the date on the right. The text is the county's
 * wording; what changes per decision comes from the document and the {@link NoticeParameters}.
 */
@Component
public class NoticeWriter {

    static final double TITLE_SIZE = 22;
    static final double BODY_SIZE = 16;
    static final double TABLE_SIZE = 12;
    /** Fixed line spacing of the body in points (22 lines on a 225 mm block). */
    static final double LINE = 28.5;
    private static final int TWO_CHARACTERS = 2 * 16 * 20;

    /** {@code records} spell out a filing's 档案依据; a public notice never shows them. */
    byte[] docx(Documents.Document document, NoticeParameters parameters, RecordDetail records) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialPage.apply(word);
            title(word, document.title());
            paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, "");
            String addressee = NoticeText.addressee(document);
            if (addressee != null) {
                paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, addressee);
            }
            paragraph(word, ParagraphAlignment.BOTH, TWO_CHARACTERS, OfficialPage.BODY_FONT, BODY_SIZE,
                    NoticeText.body(document, parameters));
            List<ResultGroups.Group> groups = ResultGroups.of(document);
            headingsAndPlaceholders(word, groups);
            paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, "");
            closing(word, parameters.issuer());
            closing(word, NoticeText.date(parameters.documentDate()));
            word.write(out);
            return TableSplice.splice(out.toByteArray(), groups.size(),
                    (index, xml) -> table(xml, document.recipient(), groups.get(index), records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(XWPFDocument word, String title) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBetween(35, LineSpacingRule.EXACT);
        styled(paragraph.createRun(), OfficialPage.TITLE_FONT, TITLE_SIZE).setText(title);
    }

    private static XWPFParagraph paragraph(XWPFDocument word, ParagraphAlignment alignment, int firstLine, String font,
            double size, String text) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        if (firstLine > 0) {
            paragraph.setIndentationFirstLine(firstLine);
        }
        styled(paragraph.createRun(), font, size).setText(text);
        return paragraph;
    }

    /** Issuer and date flush right, two characters in from the margin. */
    private static void closing(XWPFDocument word, String text) {
        paragraph(word, ParagraphAlignment.RIGHT, 0, OfficialPage.BODY_FONT, BODY_SIZE, text).setIndentationRight(TWO_CHARACTERS);
    }

    /** Where the tables go: one, or a heading in 黑体 and a table per result when the document holds more than one kind. */
    private static void headingsAndPlaceholders(XWPFDocument word, List<ResultGroups.Group> groups) {
        for (int index = 0; index < groups.size(); index++) {
            String heading = groups.get(index).heading();
            if (heading != null) {
                keepWithNext(paragraph(word, ParagraphAlignment.LEFT, TWO_CHARACTERS, OfficialPage.HEADING_FONT, BODY_SIZE, heading));
            }
            TableSplice.placeholder(word, index);
        }
    }

    /** A heading is never the last line of a page without its table. */
    private static void keepWithNext(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        if (!properties.isSetKeepNext()) {
            properties.addNewKeepNext();
        }
    }

    /**
     * A public notice's rows stay whole on a page; a filing's may break, since one subject's records
     * can fill more lines than a page has left. Under a heading the table leaves out 结果.
     */
    private static void table(Writer xml, String recipient, ResultGroups.Group group, RecordDetail records) throws IOException {
        boolean headed = group.heading() != null;
        List<String> headers = NoticeTable.headers(recipient, headed);
        boolean whole = Recipients.isPublic(recipient);
        WordTable table = new WordTable(xml, NoticeTable.widthPercents(recipient, headed), whole, whole ? -1 : headers.size() - 1);
        table.start(headers);
        for (ResultGroups.Numbered numbered : group.entries()) {
            table.row(NoticeTable.cells(numbered.number(), numbered.entry(), recipient, records, headed));
        }
        table.end();
    }

    /** A run in {@code font} for Chinese and Latin alike, so that digits and names share one face. */
    private static XWPFRun styled(XWPFRun run, String font, double size) {
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        return run;
    }
}
