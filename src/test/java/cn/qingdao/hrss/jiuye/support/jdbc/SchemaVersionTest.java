package cn.qingdao.hrss.jiuye.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The schema check of the commands that only read, and the migration strategy of those that write: the
 * database's newest applied migration against the program's, for the vendor of the database (PostgreSQL
 * has migrations of its own).
 */
class SchemaVersionTest {

    private static final String NEWEST = MigrationFiles.newest("h2");

    private final DriverManagerDataSource db =
            new DriverManagerDataSource("jdbc:h2:mem:schema_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final SchemaVersion schema = new SchemaVersion(db, new MockEnvironment()
            .withProperty("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}"));

    @Test
    void programVersionIsTheNewestMigrationOfTheVendor() {
        assertThat(schema.programVersion("h2")).isEqualTo(MigrationFiles.newest("h2"));
        assertThat(schema.programVersion("postgresql")).isEqualTo(MigrationFiles.newest("postgresql"));
    }

    @Test
    void versionsAreOrderedPartByPartAsNumbers() {
        assertThat(SchemaVersion.ORDER.compare("10", "9")).isPositive();
        assertThat(SchemaVersion.ORDER.compare("8.1", "8")).isPositive();
        assertThat(SchemaVersion.ORDER.compare("8_1", "8.1")).isZero();
        assertThat(SchemaVersion.ORDER.compare("7", "7.0")).isZero();
    }

    @Test
    void migratedDatabaseIsCurrent() {
        flyway("latest").migrate();

        SchemaVersion.Check check = schema.check();

        assertThat(check.found()).contains(NEWEST);
        assertThat(check.program()).isEqualTo(NEWEST);
        assertThat(check.current()).isTrue();
        assertThat(check.problem()).isEmpty();
    }

    @Test
    void emptyDatabaseHasNoSchemaAndSaysThatRunCreatesIt() {
        SchemaVersion.Check check = schema.check();

        assertThat(check.found()).isEmpty();
        assertThat(check.current()).isFalse();
        assertThat(check.problem()).get().asString()
                .contains("has no pipeline tables", "The first 'run' creates them", "check spring.datasource.url");
    }

    @Test
    void olderDatabaseSaysWhichVersionsAndThatTheNextRunMigratesIt() {
        flyway("5").migrate();

        SchemaVersion.Check check = schema.check();

        assertThat(check.found()).contains("5");
        assertThat(check.problem()).get().asString()
                .contains("older version of the pipeline (5; this program's is " + NEWEST + ")", "The next 'run' or 'restart'");
    }

    @Test
    void newerDatabaseIsRefused() {
        flyway("latest").migrate();
        new JdbcTemplate(db).update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '999', 'from a newer program', 'SQL', 'V999__x.sql', 'sa', 1, TRUE)");

        assertThat(schema.check().problem()).get().asString()
                .contains("newer version of the pipeline (999; this program's is " + NEWEST + ")");
    }

    @Test
    void failedMigrationDoesNotCount() {
        flyway("latest").migrate();
        new JdbcTemplate(db).update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = ?", NEWEST);

        assertThat(schema.check().found()).contains(MigrationFiles.beforeNewest("h2"));
    }

    @Test
    void writingCommandsLeaveACurrentDatabaseToItselfAndMigrateAnOlderOne() {
        FlywayMigrationStrategy strategy = new SchemaMigration().migrateUnlessCurrent(schema);
        flyway("5").migrate();
        strategy.migrate(flyway("latest"));
        assertThat(schema.check().found()).isEqualTo(Optional.of(NEWEST));

        Flyway current = mock(Flyway.class);
        strategy.migrate(current);
        verify(current, never()).migrate();
        assertThat(schema.check().found()).isEqualTo(Optional.of(NEWEST));
    }

    @Test
    void aChecksumOfAnEarlierBuildWhoseScriptDiffersInCommentsOnlyIsBroughtUpToDate() {
        flyway("5").migrate();
        int earlier = -2060900830; // V2 as an earlier build recorded it (db/reworded-migrations.properties)
        jdbc().update("UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = '2'", earlier);

        new SchemaMigration().migrateUnlessCurrent(schema).migrate(flyway("latest"));

        assertThat(schema.check().found()).isEqualTo(Optional.of(NEWEST));
        assertThat(jdbc().queryForObject("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '2'",
                Integer.class)).isNotEqualTo(earlier).isEqualTo(flyway("latest").info().applied()[1].getChecksum());
    }

    @Test
    void anyOtherChecksumIsLeftToFlywaysValidationWhichRefusesToMigrate() {
        flyway("5").migrate();
        jdbc().update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");

        FlywayMigrationStrategy strategy = new SchemaMigration().migrateUnlessCurrent(schema);

        assertThatThrownBy(() -> strategy.migrate(flyway("latest")))
                .isInstanceOf(FlywayValidateException.class).hasMessageContaining("checksum mismatch");
        assertThat(schema.check().found()).contains("5");
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(db);
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }
}
