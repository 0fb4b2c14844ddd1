package cn.qingdao.hrss.jiuye.support.jdbc;

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
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigration {

    @Bean
    FlywayMigrationStrategy migrateUnlessCurrent(SchemaVersion schema) {
        return flyway -> {
            if (!schema.check().current()) {
                flyway.migrate();
            }
        };
    }
}
