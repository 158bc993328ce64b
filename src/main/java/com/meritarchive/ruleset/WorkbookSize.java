package com.meritarchive.ruleset;

import com.meritarchive.system.PoiLimits;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Collections;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Refuses a workbook with more rows or cells than {@link PoiLimits#MAX_ROWS} and
 * {@link PoiLimits#MAX_CELLS} before POI builds it in memory: the rows and cells are counted
 * while the sheets stream by (StAX over the zip entries of an .xlsx as its central directory lists them, POI's event API for an
 * .xls), in constant memory. Everything else that may be wrong with the file is left to POI.
 * Every workbook the service reads passes here first.
 */
public final class WorkbookSize {

    private static final String MAIN = "spreadsheetml/2006/main";
    private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private WorkbookSize() {
    }

    /** Throws a {@link RuleSetInvalidException} naming {@code file} when the workbook is too large to read. */
    public static void check(String file, byte[] content) {
        Tally tally = new Tally();
        try {
            FileMagic magic = FileMagic.valueOf(content);
            if (magic == FileMagic.OOXML) {
                countXlsx(content, tally);
            } else if (magic == FileMagic.OLE2) {
                countXls(content, tally);
            }
        } catch (RuntimeException e) {
            if (!isTooLarge(e)) {
                return; // not a workbook we can count: POI reads it and says what is wrong
            }
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile(file, "工作簿太大：" + file + " 超过 "
                    + PoiLimits.MAX_ROWS + " 行或 " + PoiLimits.MAX_CELLS + " 个单元格，政策表格用不到这么多；请删去多余的行列"
                    + "（包括只有格式的空行）或拆成几个文件后再上传 (the workbook has more than " + PoiLimits.MAX_ROWS
                    + " rows or " + PoiLimits.MAX_CELLS + " cells)")));
        } catch (IOException | XMLStreamException e) {
            // not a workbook we can count: POI reads it and says what is wrong
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void countXlsx(byte[] content, Tally tally) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // the central directory, as POI and Excel read it (a local header may say size 0)
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (InputStream part = zip.getInputStream(entry)) {
                        countXml(factory, new Bounded(part, PoiLimits.MAX_ENTRY_SIZE), tally);
                    }
                }
            }
        }
    }

    /** Counts rows, cells and shared strings (each string is held in memory like a cell) of one part. */
    private static void countXml(XMLInputFactory factory, InputStream part, Tally tally) {
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(part);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && isSpreadsheet(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "row" -> tally.rows(1);
                            case "c", "si" -> tally.cells(1);
                            default -> { }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | Bounded.Exceeded e) {
            // malformed or inflating beyond PoiLimits: POI refuses it with its own message
        }
    }

    private static boolean isSpreadsheet(String namespace) {
        return namespace != null && (namespace.endsWith(MAIN) || namespace.equals(STRICT));
    }

    private static void countXls(byte[] content, Tally tally) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(record -> {
                if (record instanceof RowRecord) {
                    tally.rows(1);
                } else if (record instanceof MulRKRecord cells) {
                    tally.cells(cells.getNumColumns());
                } else if (record instanceof MulBlankRecord cells) {
                    tally.cells(cells.getNumColumns());
                } else if (record instanceof CellValueRecordInterface) {
                    tally.cells(1);
                }
            });
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
    }

    private static final class Tally {
        private long rows;
        private long cells;

        void rows(long n) {
            rows += n;
            if (rows > PoiLimits.MAX_ROWS) {
                throw new TooLarge();
            }
        }

        void cells(long n) {
            cells += n;
            if (cells > PoiLimits.MAX_CELLS) {
                throw new TooLarge();
            }
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** A zip entry read no further than POI would inflate it; the parser sees its end there. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new Exceeded();
            }
        }

        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super(null, null, false, false);
            }
        }
    }
}
