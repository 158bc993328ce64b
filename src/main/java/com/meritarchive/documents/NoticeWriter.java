package com.meritarchive.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
    private static final int ONE_TABLE_CHARACTER = 12 * 20;

    /** {@code records} spell out a filing's 档案依据; a public notice never shows them. */
    byte[] docx(Documents.Document document, NoticeParameters parameters, RecordDetail records) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialPage.apply(word);
            title(word, document.title());
            paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, "");
            String addressee = NoticeText.addressee(document.recipient());
            if (addressee != null) {
                paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, addressee);
            }
            paragraph(word, ParagraphAlignment.BOTH, TWO_CHARACTERS, OfficialPage.BODY_FONT, BODY_SIZE,
                    NoticeText.body(document, parameters));
            tables(word, document, records);
            paragraph(word, ParagraphAlignment.LEFT, 0, OfficialPage.BODY_FONT, BODY_SIZE, "");
            closing(word, parameters.issuer());
            closing(word, NoticeText.date(parameters.documentDate()));
            word.write(out);
            return out.toByteArray();
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

    /** One table, or a heading in 黑体 and a table per result when the document holds more than one kind. */
    private static void tables(XWPFDocument word, Documents.Document document, RecordDetail records) {
        for (ResultGroups.Group group : ResultGroups.of(document)) {
            boolean headed = group.heading() != null;
            if (headed) {
                keepWithNext(paragraph(word, ParagraphAlignment.LEFT, TWO_CHARACTERS, OfficialPage.HEADING_FONT, BODY_SIZE,
                        group.heading()));
            }
            table(word, document.recipient(), group, records, headed);
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
     * can fill more lines than a page has left.
     */
    private static void table(XWPFDocument word, String recipient, ResultGroups.Group group, RecordDetail records,
            boolean headed) {
        List<String> headers = NoticeTable.headers(recipient, headed);
        XWPFTable table = word.createTable(1 + group.entries().size(), headers.size());
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, headers, true);
        widths(table, header, NoticeTable.widthPercents(recipient, headed));
        boolean whole = Recipients.isPublic(recipient);
        int row = 1;
        for (ResultGroups.Numbered numbered : group.entries()) {
            XWPFTableRow tableRow = table.getRow(row++);
            tableRow.setCantSplitRow(whole);
            fill(tableRow, NoticeTable.cells(numbered.number(), numbered.entry(), recipient, records, headed), false,
                    whole ? -1 : headers.size() - 1);
        }
    }

    /**
     * Column widths twice over: as percentages on the header cells (Word) and as the table grid in
     * twips (LibreOffice lays columns out from the grid and ignores cell widths).
     */
    private static void widths(XWPFTable table, XWPFTableRow row, List<Integer> percents) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int textWidth = OfficialPage.A4_WIDTH - OfficialPage.LEFT - OfficialPage.RIGHT;
        for (int i = 0; i < percents.size(); i++) {
            grid.addNewGridCol().setW(java.math.BigInteger.valueOf((long) textWidth * percents.get(i) / 100));
            row.getCell(i).setWidthType(TableWidthType.PCT);
            row.getCell(i).setWidth(percents.get(i) + "%");
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        fill(row, values, bold, -1);
    }

    /**
     * The cells of a row; a cell of several lines (a filing's records) gets a paragraph per line,
     * and the lines of column {@code hanging} hang by one character, so that a record that wraps is
     * still told from the next.
     */
    private static void fill(XWPFTableRow row, List<String> values, boolean bold, int hanging) {
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            String[] lines = values.get(i).split(NoticeTable.LINE_BREAK, -1);
            for (int line = 0; line < lines.length; line++) {
                XWPFParagraph paragraph = line == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.setAlignment(i == 0 || bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                if (i == hanging) {
                    paragraph.setIndentationLeft(ONE_TABLE_CHARACTER);
                    paragraph.setIndentationHanging(ONE_TABLE_CHARACTER);
                }
                XWPFRun run = styled(paragraph.createRun(), OfficialPage.BODY_FONT, TABLE_SIZE);
                run.setBold(bold);
                run.setText(lines[line]);
            }
        }
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
