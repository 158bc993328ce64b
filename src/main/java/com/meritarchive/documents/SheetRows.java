package com.meritarchive.documents;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A roster's data rows as SpreadsheetML text, streamed into the .xlsx POI wrote with the title and
 * header rows only: each sheet's rows go in before its {@code </sheetData>}. Strings inline (no
 * shared-string table to hold in memory), numbers as numbers, each cell with a style index. POI's
 * streaming workbook (SXSSF) spent seconds on a province's 100,000-row sheet in cell objects and
 * per-character escaping; text costs a fraction.
 */
final class SheetRows {

    /** Writes one sheet's rows. */
    interface Rows {
        void write(SheetRows rows) throws IOException;
    }

    private final Writer out;
    private int next;

    private SheetRows(Writer out, int first) {
        this.out = out;
        this.next = first;
    }

    /** Sheet {@code i} of the workbook (from 0, in the order created) gets {@code sheets.get(i)}'s rows from row {@code first} (1-based). */
    static byte[] splice(byte[] xlsx, List<Rows> sheets, int first) throws IOException {
        return PackageRewrite.rewrite(xlsx, part -> {
            int sheet = sheetIndex(part);
            if (sheet < 0 || sheet >= sheets.size()) {
                return null;
            }
            return (xml, out) -> {
                int end = xml.indexOf("</sheetData>");
                if (end < 0) {
                    throw new IllegalStateException("no rows in " + part);
                }
                out.write(xml, 0, end);
                sheets.get(sheet).write(new SheetRows(out, first));
                out.write(xml, end, xml.length() - end);
            };
        });
    }

    /** {@code xl/worksheets/sheet2.xml} → 1; -1 for other parts. */
    private static int sheetIndex(String part) {
        String prefix = "xl/worksheets/sheet";
        if (!part.startsWith(prefix) || !part.endsWith(".xml")) {
            return -1;
        }
        try {
            return Integer.parseInt(part.substring(prefix.length(), part.length() - ".xml".length())) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One row; numbers (a record's year and quarter) as numbers, the rest as text; every cell in {@code style}. */
    void row(List<?> values, int style) throws IOException {
        int row = next++;
        out.write("<row r=\"" + row + "\">");
        for (int i = 0; i < values.size(); i++) {
            String ref = String.valueOf((char) ('A' + i)) + row;
            Object value = values.get(i);
            if (value instanceof Number number) {
                out.write("<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + number + "</v></c>");
            } else {
                out.write("<c r=\"" + ref + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                Xml.text(out, String.valueOf(value));
                out.write("</t></is></c>");
            }
        }
        out.write("</row>");
    }
}
