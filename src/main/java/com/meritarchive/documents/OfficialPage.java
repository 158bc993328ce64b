package com.meritarchive.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of a GB/T 9704 document (DOCUMENTS.md "Page and type"): A4 with margins 37/35/28/26 mm,
 * page numbers {@code — 1 —} on the outer side (right on odd pages, left on even ones), and a font
 * table that names the fonts with a fallback, so that Word, WPS or LibreOffice without
 * 方正小标宋简体 substitutes 宋体 rather than a Latin face. Fonts are named, never embedded.
 */
final class OfficialPage {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String TITLE_FALLBACK = "宋体";
    static final String BODY_FONT = "仿宋";
    static final String BODY_FALLBACK = "仿宋_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** Level-one headings (一、). */
    static final String HEADING_FONT = "黑体";
    static final String HEADING_FALLBACK = "SimHei";

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int TOP = twips(37);
    static final int BOTTOM = twips(35);
    static final int LEFT = twips(28);
    static final int RIGHT = twips(26);

    private OfficialPage() {
    }

    /** Millimetres in twentieths of a point, as Word measures a page. */
    static int twips(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    static void apply(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        margins.setFooter(BigInteger.valueOf(twips(25)));
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        fontTable(document);
    }

    /** {@code — PAGE —} in 4号 (14 pt) Song, a quarter em in from the outer edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        run(paragraph, "— ");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "1");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " —");
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(PAGE_NUMBER_FONT);
        run.setFontSize(14);
        if (text != null) {
            run.setText(text);
        }
        return run;
    }

    /** word/fontTable.xml: each named font with its fallback (altName) and the GB2312 charset. */
    private static void fontTable(XWPFDocument document) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + font(TITLE_FONT, TITLE_FALLBACK) + font(BODY_FONT, BODY_FALLBACK) + font(TITLE_FALLBACK, "SimSun")
                + font(HEADING_FONT, HEADING_FALLBACK)
                + "</w:fonts>";
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String font(String name, String fallback) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + fallback + "\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>";
    }
}
