package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The sheet XML of {@link CellXmlWriter} is POI's, character for character, for every kind of cell the outputs write. */
class CellXmlWriterTest {

    private static String xml(SheetDataWriter writer, StringWriter out, SXSSFRow row, int rownum) throws IOException {
        writer.writeRow(rownum, row);
        writer.close();
        return out.toString();
    }

    private static void assertSameXmlAsPoi(SXSSFRow row, int rownum) throws IOException {
        StringWriter poi = new StringWriter();
        StringWriter ours = new StringWriter();
        String expected = xml(new SheetDataWriter(poi), poi, row, rownum);
        assertThat(xml(new CellXmlWriter(ours), ours, row, rownum)).isEqualTo(expected);
        // into the workbook's own temporary file: closing a workbook with rows never written logs a POI warning
        row.getSheet().flushRows();
    }

    @Test
    void textNumbersBlanksBooleansAndAFormulaWithAndWithoutAStyle() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            SXSSFSheet sheet = wb.createSheet();
            CellStyle style = wb.createCellStyle();
            style.setQuotePrefixed(true);
            SXSSFRow row = sheet.createRow(122_344);
            row.setHeightInPoints(22);
            row.createCell(0).setCellValue("张三");
            row.createCell(1).setCellValue(12_000.0);
            row.getCell(1).setCellStyle(style);
            row.createCell(2).setCellValue(0.1234);
            row.createCell(3).setCellStyle(style); // blank, styled
            row.createCell(4).setCellValue(true);
            row.createCell(6).setCellValue("=SUM(A1)"); // column 5 left empty
            row.getCell(6).setCellStyle(style);
            row.createCell(7).setCellFormula("SUM(B1:C1)"); // not written by the outputs: POI's own code
            row.createCell(27).setCellValue(-1.5E-7); // AB
            row.createCell(16_383).setCellValue("last column"); // XFD
            assertSameXmlAsPoi(row, 122_344);
        }
    }

    @Test
    void escapesSpacesControlCharactersAndSurrogatesAsPoiDoes() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            SXSSFRow row = wb.createSheet().createRow(0);
            String[] texts = {
                "<a href=\"x\">&amp;</a>", " leading", "trailing\t", "line\nbreak\r", "no\u00A0break",
                "bell\u0007 nul\u0000", "not a character \uFFFE\uFFFF", "𠮷 pair \uD842\uDFB7", "lone \uD842 surrogate",
                "", "   ", "退回清单：身份证号以数值格式保存"
            };
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i).setCellValue(texts[i]);
            }
            assertSameXmlAsPoi(row, 0);
        }
    }

    @Test
    void aRowWrittenDirectlyIsTheRowPoiWritesFromItsCells() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            CellStyle style = wb.createCellStyle();
            style.setQuotePrefixed(true);
            int s = style.getIndex() & 0xffff;
            SXSSFRow row = wb.createSheet().createRow(41);
            row.createCell(0).setCellValue(7.0);
            row.getCell(0).setCellStyle(style);
            row.createCell(1).setCellValue("贾新波");
            row.createCell(2).setCellValue(" <&> ");
            row.getCell(2).setCellStyle(style);
            row.createCell(3).setCellStyle(style); // blank, styled
            row.createCell(5).setCellValue(15825.81); // column 4 left empty
            row.createCell(27).setCellValue(3.2973142291E8);
            StringWriter poi = new StringWriter();
            String expected = xml(new SheetDataWriter(poi), poi, row, 41);
            row.getSheet().flushRows();

            StringWriter ours = new StringWriter();
            CellXmlWriter direct = new CellXmlWriter(ours);
            direct.startRow(41);
            direct.number(0, s, 7.0);
            direct.text(1, 0, "贾新波");
            direct.text(2, s, " <&> ");
            direct.blank(3, s);
            direct.number(5, 0, 15825.81);
            direct.number(27, 0, 3.2973142291E8);
            direct.endRow();
            direct.close();
            assertThat(ours.toString()).isEqualTo(expected);
        }
    }

    @Test
    void rowsWrittenDirectlyCountAsFlushedSoThatNoRowCanBeCreatedAmongThem() throws IOException {
        CellXmlWriter writer = new CellXmlWriter(new StringWriter());
        writer.startRow(3);
        writer.text(0, 0, "a");
        writer.endRow();
        writer.startRow(4);
        writer.number(2, 0, 1.0);
        writer.endRow();

        assertThat(writer.getNumberOfFlushedRows()).isEqualTo(2);
        assertThat(writer.getLowestIndexOfFlushedRows()).isEqualTo(3);
        assertThat(writer.getLastFlushedRow()).isEqualTo(4);
        assertThat(writer.getNumberOfCellsOfLastFlushedRow()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> writer.startRow(4));
        writer.close();
    }
}
