package cn.qingdao.hrss.jiuye.support.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway migrations of the source tree for one database vendor, read from the folders themselves, so
 * that the schema tests need no change when a migration is added.
 */
public final class MigrationFiles {

    private static final Path ROOT = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationFiles() {
    }

    /** The versions of the common and the vendor's migrations, in ascending order. */
    public static List<Integer> versions(String vendor) {
        return Stream.of(ROOT.resolve("common"), ROOT.resolve(vendor))
                .flatMap(MigrationFiles::names)
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.valueOf(m.group(1)))
                .sorted()
                .toList();
    }

    /** The newest version, as Flyway writes it in its history table. */
    public static String newest(String vendor) {
        List<Integer> versions = versions(vendor);
        return String.valueOf(versions.get(versions.size() - 1));
    }

    /** The version before the newest. */
    public static String beforeNewest(String vendor) {
        List<Integer> versions = versions(vendor);
        return String.valueOf(versions.get(versions.size() - 2));
    }

    private static Stream<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
