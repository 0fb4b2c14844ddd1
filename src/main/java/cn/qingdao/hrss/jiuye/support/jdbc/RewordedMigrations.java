package cn.qingdao.hrss.jiuye.support.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checksums earlier builds recorded for migrations whose comments have been reworded since, their SQL
 * unchanged ({@code db/reworded-migrations.properties}). Flyway checksums a script's every line, comments
 * included, and refuses to migrate a database whose recorded checksum differs from the script's; for these
 * checksums the difference is known to be in comments only.
 */
final class RewordedMigrations {

    static final String RESOURCE = "db/reworded-migrations.properties";

    private final Map<String, Set<Integer>> checksums;

    RewordedMigrations(Map<String, Set<Integer>> checksums) {
        this.checksums = checksums;
    }

    static RewordedMigrations bundled() {
        Properties properties = new Properties();
        try (InputStream in = RewordedMigrations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RewordedMigrations(properties.stringPropertyNames().stream().collect(Collectors.toMap(
                version -> version,
                version -> Arrays.stream(properties.getProperty(version).split(","))
                        .map(String::trim).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet()))));
    }

    /** Whether {@code checksum}, recorded for migration {@code version}, is one of its reworded script's earlier ones. */
    boolean accepts(String version, Integer checksum) {
        return checksum != null && checksums.getOrDefault(version, Set.of()).contains(checksum);
    }
}
