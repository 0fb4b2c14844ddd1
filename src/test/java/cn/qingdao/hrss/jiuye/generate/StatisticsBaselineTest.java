package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Quarter;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsBaselineTest {

    @TempDir
    Path dir;

    @Test
    void cityLinesAreTheSumsOfTheDistrictsAnd2024Q1NewUrbanEmploymentIs69700() throws IOException {
        List<District> districts = District.load(Path.of("data/reference/districts.csv"));
        Path file = dir.resolve("statistics-baseline.csv");
        StatisticsBaseline.write(file, districts, new StatisticsPlan(SampleInbox.SEED));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("quarter,district_code,indicator,value");
        assertThat(lines).hasSize(1 + 4 * 11 * 7);
        assertThat(lines).contains("2024Q1,370200,new_urban_employment,69700");

        Map<String, Long> city = new HashMap<>();
        Map<String, Long> sums = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String key = f[0] + "," + f[2];
            long v = Long.parseLong(f[3]);
            assertThat(v).isNotNegative();
            if (f[1].equals("370200")) {
                city.put(key, v);
            } else {
                sums.merge(key, v, Long::sum);
            }
        }
        assertThat(city).hasSize(4 * Indicator.values().length).isEqualTo(sums);
    }

    @Test
    void firstQuarter2025IsTwelvePointThreeFourPercentAboveTheBaseline() {
        long now = StatisticsPlan.city(SampleInbox.FIRST, Indicator.NEW_URBAN_EMPLOYMENT);
        long before = StatisticsPlan.city(cn.qingdao.hrss.jiuye.domain.Quarter.parse("2024Q1"),
                Indicator.NEW_URBAN_EMPLOYMENT);
        assertThat(new java.math.BigDecimal(now - before).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(before), 2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("12.34");
    }

    @Test
    void districtSplitIsExactAndHuangdaoIsLargest() {
        StatisticsPlan plan = new StatisticsPlan(SampleInbox.SEED);
        long[] split = plan.districtTotals(SampleInbox.FIRST, Indicator.NEW_URBAN_EMPLOYMENT, 10);
        assertThat(java.util.Arrays.stream(split).sum()).isEqualTo(78_300);
        assertThat(java.util.Arrays.stream(split).max().getAsLong()).isEqualTo(split[2]);
    }
}
