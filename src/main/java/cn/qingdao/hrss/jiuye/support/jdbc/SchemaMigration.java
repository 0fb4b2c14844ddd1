package cn.qingdao.hrss.jiuye.support.jdbc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Flyway migrates the schema at the start of the commands that write ({@code run}, {@code restart},
 * {@code schedule}): only when the database is not at the program's schema ({@link SchemaVersion}, one
 * query). A database at it is left alone, so an everyday run does not pay for Flyway scanning and
 * checksumming every migration script and locking its history table, a noticeable part of the run's
 * start. An empty database, an older one or one with a failed migration is migrated by Flyway, which
 * validates the history first; so is a newer one (Flyway then ignores the newer migrations).
 *
 * <p>Before migrating, a checksum that differs from a script's only because its comments were reworded
 * ({@link RewordedMigrations}) is brought up to date with Flyway's {@code repair}, so that a database
 * migrated by an earlier build is not refused for comments. Any other difference is left to Flyway's
 * validation, which refuses to migrate and names the script.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    @Bean
    FlywayMigrationStrategy migrateUnlessCurrent(SchemaVersion schema) {
        RewordedMigrations reworded = RewordedMigrations.bundled();
        return flyway -> {
            if (!schema.check().current()) {
                acceptRewordedComments(flyway, reworded);
                flyway.migrate();
            }
        };
    }

    static void acceptRewordedComments(Flyway flyway, RewordedMigrations reworded) {
        List<String> mismatched = flyway.validateWithResult().invalidMigrations.stream()
                .filter(invalid -> invalid.errorDetails != null
                        && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .map(invalid -> invalid.version)
                .toList();
        if (mismatched.isEmpty()) {
            return;
        }
        Map<String, Integer> recorded = new HashMap<>();
        Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion() != null)
                .forEach(m -> recorded.put(m.getVersion().getVersion(), m.getChecksum()));
        if (mismatched.stream().allMatch(version -> reworded.accepts(version, recorded.get(version)))) {
            log.info("Migrations {} of the database were recorded by an earlier build whose scripts differ from these "
                    + "in comments only; their checksums are brought up to date", mismatched);
            flyway.repair();
        }
    }
}
