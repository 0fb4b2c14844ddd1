package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The district registry as the output workbooks need it: codes in registry order and their
 * Chinese names (SPEC §2, read from {@code data/reference/districts.csv}: {@code code,name}).
 * A code is six digits, so it is safe as a folder name under the output folder (SPEC §8).
 */
@Component
public class DistrictNames {

    /** The city as a whole, the district code of the city lines (SPEC §2, §7). */
    public static final String CITY_CODE = "370200";
    public static final String CITY_NAME = "青岛市";

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final Map<String, String> names;

    @Autowired
    public DistrictNames(@Value("${jiuye.reference.districts:data/reference/districts.csv}") String file) {
        this(read(Path.of(file)));
    }

    /** A registry given directly (code to name, in registry order). */
    public DistrictNames(Map<String, String> names) {
        Map<String, String> copy = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            if (code == null || !CODE.matcher(code).matches() || CITY_CODE.equals(code)) {
                throw new IllegalArgumentException("not a district code: " + code);
            }
            copy.put(code, name);
        });
        this.names = Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replace("\uFEFF", "").strip();
                if (line.isEmpty() || (i == 0 && line.startsWith("code"))) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected code,name");
                }
                names.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the district registry " + file, e);
        }
    }

    /** Registry codes in registry order. */
    public List<String> codes() {
        return List.copyOf(names.keySet());
    }

    public boolean contains(String code) {
        return code != null && names.containsKey(code);
    }

    /** The Chinese name; the city's for {@link #CITY_CODE}; the code itself when unknown. */
    public String name(String code) {
        if (CITY_CODE.equals(code)) {
            return CITY_NAME;
        }
        return names.getOrDefault(code, code);
    }
}
