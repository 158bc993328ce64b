package com.meritarchive.documents;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One table of a notice as WordprocessingML text, written straight to the file: borders all
 * round, columns as shares of the text width (in the grid for LibreOffice, on the header cells for
 * Word), the header row bold and repeated on each page, cells in 小4号 仿宋 centred vertically,
 * 序号 centred, a cell of several lines one paragraph per line. POI's XWPF objects took the
 * better part of a minute for a province's 38,000-row filing (each row added to an XmlBeans
 * tree); text is linear and holds nothing in memory but the row being written.
 */
final class WordTable {

    /** Width of the text block in twips (A4 less the side margins). */
    private static final int TEXT_WIDTH = OfficialPage.A4_WIDTH - OfficialPage.LEFT - OfficialPage.RIGHT;
    private static final String HALF_POINTS = String.valueOf((int) Math.round(NoticeWriter.TABLE_SIZE * 2));
    private static final String FONT = OfficialPage.BODY_FONT;
    private static final String RUN_PROPERTIES = "<w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT
            + "\" w:eastAsia=\"" + FONT + "\"/>%s<w:sz w:val=\"" + HALF_POINTS + "\"/><w:szCs w:val=\"" + HALF_POINTS
            + "\"/></w:rPr>";
    private static final String PLAIN_RUN = String.format(RUN_PROPERTIES, "");
    private static final String BOLD_RUN = String.format(RUN_PROPERTIES, "<w:b/><w:bCs/>");

    private final Writer out;
    private final List<Integer> percents;
    /** Rows stay whole on a page (a public notice), or may break (a filing's long cells). */
    private final boolean wholeRows;
    /** The column whose lines hang by one character (a filing's records), or -1. */
    private final int hanging;

    WordTable(Writer out, List<Integer> percents, boolean wholeRows, int hanging) {
        this.out = out;
        this.percents = percents;
        this.wholeRows = wholeRows;
        this.hanging = hanging;
    }

    /** Opens the table and writes its header row. */
    void start(List<String> headers) throws IOException {
        out.write("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            out.write("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        out.write("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int percent : percents) {
            out.write("<w:gridCol w:w=\"" + (long) TEXT_WIDTH * percent / 100 + "\"/>");
        }
        out.write("</w:tblGrid>");
        out.write("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int i = 0; i < headers.size(); i++) {
            cell(headers.get(i), "center", false, "<w:tcW w:w=\"" + percents.get(i) * 50 + "\" w:type=\"pct\"/>", BOLD_RUN);
        }
        out.write("</w:tr>");
    }

    void row(List<String> cells) throws IOException {
        out.write(wholeRows ? "<w:tr><w:trPr><w:cantSplit/></w:trPr>" : "<w:tr>");
        for (int i = 0; i < cells.size(); i++) {
            cell(cells.get(i), i == 0 ? "center" : "left", i == hanging, "", PLAIN_RUN);
        }
        out.write("</w:tr>");
    }

    void end() throws IOException {
        out.write("</w:tbl>");
    }

    private void cell(String text, String alignment, boolean hang, String width, String run) throws IOException {
        out.write("<w:tc><w:tcPr>" + width + "<w:vAlign w:val=\"center\"/></w:tcPr>");
        for (String line : text.split(NoticeTable.LINE_BREAK, -1)) {
            out.write("<w:p><w:pPr>");
            if (hang) {
                out.write("<w:ind w:left=\"240\" w:hanging=\"240\"/>");
            }
            out.write("<w:jc w:val=\"" + alignment + "\"/></w:pPr><w:r>" + run + "<w:t xml:space=\"preserve\">");
            Xml.text(out, line);
            out.write("</w:t></w:r></w:p>");
        }
        out.write("</w:tc>");
    }
}
