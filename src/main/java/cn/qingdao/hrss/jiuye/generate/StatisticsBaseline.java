package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code data/reference/statistics-baseline.csv}: last year's figures for the year-on-year
 * comparison of rules §7 — {@code quarter,district_code,indicator,value} for 2024Q1–Q4, every
 * registry district and indicator, and the city (370200) lines equal to their sums.
 */
final class StatisticsBaseline {

    static final String CITY = "370200";
    private static final List<String> QUARTERS = List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4");

    private StatisticsBaseline() {
    }

    static void write(Path file, List<District> districts, StatisticsPlan plan) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("quarter,district_code,indicator,value\n");
            for (String text : QUARTERS) {
                Quarter q = Quarter.parse(text);
                for (Indicator indicator : Indicator.values()) {
                    w.write(q + "," + CITY + "," + indicator.code() + "," + StatisticsPlan.city(q, indicator) + "\n");
                }
                long[][] byIndicator = new long[Indicator.values().length][];
                for (Indicator indicator : Indicator.values()) {
                    byIndicator[indicator.ordinal()] = plan.districtTotals(q, indicator, districts.size());
                }
                for (District d : districts) {
                    for (Indicator indicator : Indicator.values()) {
                        w.write(q + "," + d.code() + "," + indicator.code() + ","
                                + byIndicator[indicator.ordinal()][d.index()] + "\n");
                    }
                }
            }
        }
    }
}
