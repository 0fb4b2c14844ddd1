package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics of quarters before the pipeline existed (rules §7, §9): reference data
 * {@code quarter,district_code,indicator,value}, used for year-on-year when no earlier run has
 * the quarter. A missing file means no baseline.
 */
public final class Baseline {

    private final Map<String, Long> values;

    private Baseline(Map<String, Long> values) {
        this.values = values;
    }

    public static Baseline load(Path file) {
        Map<String, Long> values = new HashMap<>();
        if (!Files.exists(file)) {
            return new Baseline(values);
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 4) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected quarter,district_code,indicator,value");
                }
                try {
                    Quarter q = Quarter.parse(f[0].strip());
                    Indicator indicator = Indicator.fromCode(f[2].strip());
                    values.put(key(q, f[1].strip(), indicator), Long.parseLong(f[3].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            return new Baseline(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statistics baseline " + file, e);
        }
    }

    /** The baseline value, or null when the baseline does not have it. */
    public Long value(Quarter quarter, String district, Indicator indicator) {
        return values.get(key(quarter, district, indicator));
    }

    private static String key(Quarter q, String district, Indicator indicator) {
        return q + "/" + district + "/" + indicator.code();
    }
}
