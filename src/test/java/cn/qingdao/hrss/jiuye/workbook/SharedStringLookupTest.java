package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared-strings table gives the same strings in memory and spilled to disk. */
class SharedStringLookupTest {

    private static final String SST = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>姓名</t></si>"
            + "<si><r><t>青岛</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 海达 </t></r>"
            + "<rPh sb=\"0\" eb=\"2\"><t>チンタオ</t></rPh></si>"
            + "<si><t/></si>"
            + "<si><t>370202199001011237</t></si>"
            + "<si><t>tab\there&amp;new\nline</t></si>"
            + "</sst>";

    @Test
    void sameStringsInMemoryAndOnDisk() throws Exception {
        for (long limit : new long[] {SharedStringLookup.MEMORY_CHARS, 0}) {
            try (SharedStringLookup table = SharedStringLookup.read(
                    new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)), limit)) {
                assertThat(table.onDisk()).isEqualTo(limit == 0);
                for (int round = 0; round < 2; round++) { // the second round from the cache
                    assertThat(table.get(0)).isEqualTo("姓名");
                    assertThat(table.get(1)).isEqualTo("青岛 海达 ");
                    assertThat(table.get(2)).isEmpty();
                    assertThat(table.get(3)).isEqualTo("370202199001011237");
                    assertThat(table.get(4)).isEqualTo("tab\there&new\nline");
                }
                assertThat(table.get(5)).isNull();
                assertThat(table.get(-1)).isNull();
            }
        }
    }

    @Test
    void aLargeSpilledTableGivesTheSameStringsInAnyOrder() throws Exception {
        // strings across the 4 KB blocks the spilled files are read by, one longer than a block
        Random random = new Random(5);
        List<String> strings = new ArrayList<>();
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 30_000; i++) {
            String s = i == 12_345 ? "青岛".repeat(40_000) : "370202" + i + "号".repeat(random.nextInt(20));
            strings.add(s);
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        sst.append("</sst>");
        try (SharedStringLookup table = SharedStringLookup.read(
                new ByteArrayInputStream(sst.toString().getBytes(StandardCharsets.UTF_8)), 0)) {
            assertThat(table.onDisk()).isTrue();
            for (int i = 0; i < strings.size(); i++) {
                assertThat(table.get(i)).isEqualTo(strings.get(i));
            }
            for (int n = 0; n < 20_000; n++) {
                int i = random.nextInt(strings.size());
                assertThat(table.get(i)).isEqualTo(strings.get(i));
            }
            assertThat(table.get(strings.size())).isNull();
        }
    }
}
