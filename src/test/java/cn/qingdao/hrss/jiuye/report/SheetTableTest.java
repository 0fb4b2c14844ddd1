package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.50", "7", "999", "1000", "12000.00", "999999.99", "1234567.89", "-1234.5", "-12"})
    void aNumbersWidthIsTheLengthOfItsGroupedText(String number) {
        BigDecimal value = new BigDecimal(number);

        assertThat(SheetTable.groupedWidth(value, 2)).isEqualTo(String.format(Locale.ROOT, "%,.2f", value).length());
        assertThat(SheetTable.groupedWidth(value.setScale(0, java.math.RoundingMode.DOWN), 0))
                .isEqualTo(String.format(Locale.ROOT, "%,d", value.toBigInteger()).length());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, -7, 999, 1000, -1000, 999_999, 1_000_000, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE})
    void anIntegersWidthIsTheLengthOfItsGroupedText(long value) {
        assertThat(SheetTable.groupedWidth(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value).length());
    }

    /** A roster-like sheet: title, note, header, many data lines (some empty cells, text that looks like a formula), a total. */
    private static String sheetXml(Function<StreamingWorkbook, SheetTable> table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            SheetTable t = table.apply(wb);
            t.title("市南区 2025年第1季度发放名册", 4);
            t.note("区市代码：370202", 4, false);
            t.header("序号", "姓名", "身份证号", "核准月数", "补贴金额（元）");
            t.freezeAndRepeatHeader();
            for (int i = 1; i <= 1_000; i++) {
                t.line().plain(i).text(i % 7 == 0 ? "=cmd" : "张三" + i).text(i % 5 == 0 ? null : "37020219900101" + i)
                        .integer(i % 3 == 0 ? null : (long) i).money(BigDecimal.valueOf(i * 1_234_567L, 2));
            }
            t.totalLine().text("合计").text("1000人").blank().integer(12_345L).money(new BigDecimal("617900000.00"));
            t.finish();
            wb.write(bytes);
        }
        // the zip's central directory (ZipInputStream refuses the entry sizes commons-compress leaves in the local headers)
        try (SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel(bytes.toByteArray());
             ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            ZipArchiveEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet != null) {
                try (var in = zip.getInputStream(sheet)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet1.xml");
    }

    @Test
    void dataLinesWrittenDirectlyMakeTheSheetPoiRowsMake() throws IOException {
        String poi = sheetXml(wb -> new SheetTable(wb.createSheet("名册"), new Styles(wb)));
        String direct = sheetXml(wb -> {
            SXSSFSheet sheet = wb.createSheet("名册");
            return new SheetTable(sheet, new Styles(wb), wb.writer(sheet));
        });

        assertThat(direct).isEqualTo(poi).contains("<dimension ref=\"A1:E1004\"/>", "<row r=\"1003\">");
    }

    @Test
    void aSheetWhoseLastLineIsDirectIsRefused() throws IOException {
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            SXSSFSheet sheet = wb.createSheet("名册");
            SheetTable t = new SheetTable(sheet, new Styles(wb), wb.writer(sheet));
            t.header("序号");
            t.line().plain(1);

            assertThatIllegalStateException().isThrownBy(t::finish).withMessageContaining("ends with a direct line");
        }
    }
}
