package cn.qingdao.hrss.jiuye.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ten districts (区市) of rules §2, read from reference data, in code order. The city as a
 * whole is {@link #CITY_CODE}.
 */
public final class DistrictRegistry {

    public static final String CITY_CODE = "370200";
    public static final String CITY_NAME = "青岛市";

    /**
     * Where the build puts a copy of {@code data/reference/districts.csv} on the class path: the registry of
     * the commands a district clerk runs from the jar alone ({@code template}, {@code check}).
     */
    public static final String BUNDLED = "data/reference/districts.csv";

    private static final Pattern CODE_IN_NAME = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private final Map<String, String> namesByCode;

    public DistrictRegistry(Map<String, String> namesByCode) {
        this.namesByCode = Collections.unmodifiableMap(new LinkedHashMap<>(namesByCode));
    }

    /** Reads {@code code,name} lines (header first), e.g. {@code data/reference/districts.csv}. */
    public static DistrictRegistry load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the district registry " + file, e);
        }
    }

    /** The registry built into the program ({@link #BUNDLED}). */
    public static DistrictRegistry bundled() {
        try (InputStream in = DistrictRegistry.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the program has no built-in district registry (" + BUNDLED
                        + " is missing from its class path): rebuild it with 'mvn package'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in district registry " + BUNDLED, e);
        }
    }

    private static DistrictRegistry parse(List<String> lines, String source) {
        Map<String, String> map = new java.util.TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(",", 2);
            if (parts.length != 2 || !parts[0].strip().matches("\\d{6}")) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": expected 'code,name' with a 6-digit code");
            }
            map.put(parts[0].strip(), parts[1].strip());
        }
        return new DistrictRegistry(map);
    }

    public boolean contains(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public String name(String code) {
        if (CITY_CODE.equals(code)) {
            return CITY_NAME;
        }
        return namesByCode.getOrDefault(code, code);
    }

    /** Registry codes in ascending order. */
    public List<String> codes() {
        return List.copyOf(namesByCode.keySet());
    }

    /** A registry code written in a file name such as {@code 370211_2025Q1.xlsx}, or null (rules §7). */
    public String codeInFileName(String fileName) {
        Matcher m = CODE_IN_NAME.matcher(fileName);
        while (m.find()) {
            if (contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }
}
