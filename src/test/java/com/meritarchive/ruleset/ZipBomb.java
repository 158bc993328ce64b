package com.meritarchive.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A small .xlsx-shaped zip whose sheet inflates to hundreds of megabytes, as an attacker would upload it. */
public final class ZipBomb {

    private ZipBomb() {
    }

    public static byte[] workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * A tiny .xlsx-shaped zip whose sheet entry claims to hold 1,207,959,552 bytes: POI refuses to
     * allocate that much and says so in English ("Tried to allocate an array of length ...").
     */
    public static byte[] declaredHuge() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] sheet = "<worksheet/>".getBytes();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("xl/worksheets/sheet1.xml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(sheet.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(sheet);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(sheet);
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        int huge = 0x48000000;
        for (int offset : new int[] {18, 22}) { // compressed and uncompressed size of the first local header
            zip[offset] = (byte) huge;
            zip[offset + 1] = (byte) (huge >>> 8);
            zip[offset + 2] = (byte) (huge >>> 16);
            zip[offset + 3] = (byte) (huge >>> 24);
        }
        return zip;
    }
}
