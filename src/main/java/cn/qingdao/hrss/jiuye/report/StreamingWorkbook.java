package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming workbook the per-district outputs are written with (rules §8): POI's {@link SXSSFWorkbook}
 * keeping {@value #WINDOW} rows in memory, its temporary sheet files uncompressed (gzip of them cost more
 * CPU than the disk they save, and they are deleted at once), and the finished {@code .xlsx} zipped at
 * {@link Deflater#BEST_SPEED}. A roster of a hundred thousand lines is mostly repetitive XML; the
 * fastest deflate level makes it about a quarter larger and takes a fraction of the CPU of the default
 * level, which on a small machine is time taken from the database. Each sheet's temporary XML is written by {@link CellXmlWriter}, one
 * call per cell instead of POI's dozen and more (the workbook has no shared-strings table: text is inline).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private static final int WINDOW = 200;

    private final Map<SXSSFSheet, CellXmlWriter> writers = new IdentityHashMap<>();
    private CellXmlWriter created; // no initialiser: the super constructor may set it for a template's sheets

    StreamingWorkbook() {
        super(WINDOW);
    }

    /**
     * A workbook whose sheets created from now on are streamed, while the sheets already in
     * {@code template} stay XSSF sheets, written whole when the workbook is: small sheets that carry a
     * chart (SXSSF draws none) alongside a streamed sheet of any length.
     */
    StreamingWorkbook(XSSFWorkbook template) {
        super(template, WINDOW);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        created = new CellXmlWriter(); // SXSSFSheet's constructor asks for its writer
        return created;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        writers.put(sheet, created);
        return sheet;
    }

    /** The writer of the temporary XML of a sheet this workbook created, for lines written directly. */
    CellXmlWriter writer(SXSSFSheet sheet) {
        CellXmlWriter writer = writers.get(sheet);
        if (writer == null) {
            throw new IllegalArgumentException("sheet '" + sheet.getSheetName() + "' was not created by this workbook");
        }
        return writer;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
