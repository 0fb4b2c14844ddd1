package cn.qingdao.hrss.jiuye.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The archive of submitted files (migration V11) on H2: stored once by content, in blocks, read back exactly. */
class SubmittedFilesTest {

    @TempDir
    Path dir;
    private JdbcTemplate jdbc;
    private SubmittedFiles archive;

    @BeforeEach
    void database() {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:archive_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        jdbc = new JdbcTemplate(db);
        archive = new SubmittedFiles(jdbc);
    }

    @Test
    void storesAFileInBlocksOfOneMebibyteAndWritesItBackByteForByte() throws IOException {
        Path file = file("370202_2025Q1.xlsx", 2 * SubmittedFiles.BLOCK_SIZE + 12_345);
        String sha = FileDigest.sha256(file);

        archive.archive(file, sha);
        Path copy = dir.resolve("copy.xlsx");
        archive.copyTo(sha, copy);

        assertThat(jdbc.queryForList("SELECT OCTET_LENGTH(bytes) FROM submitted_file_block WHERE sha256 = ? ORDER BY block_no",
                Integer.class, sha)).containsExactly(SubmittedFiles.BLOCK_SIZE, SubmittedFiles.BLOCK_SIZE, 12_345);
        assertThat(jdbc.queryForObject("SELECT file_size FROM submitted_file WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(2L * SubmittedFiles.BLOCK_SIZE + 12_345);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aFileWithTheSameContentUnderAnotherNameIsNotStoredTwice() throws IOException {
        Path file = file("370202_2025Q1.xlsx", 5_000);
        Path same = Files.copy(file, dir.resolve("370202_2025Q1 (resent).xlsx"));
        String sha = FileDigest.sha256(file);

        archive.archive(file, sha);
        archive.archive(same, FileDigest.sha256(same));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_file", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_file_block", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFileThatChangedSinceItsDigestIsRefused() throws IOException {
        Path file = file("370202_2025Q1.xlsx", 5_000);
        String sha = FileDigest.sha256(file);
        Files.write(file, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> archive.archive(file, sha)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("370202_2025Q1.xlsx changed while the inbox was being taken stock of");
    }

    @Test
    void aDamagedOrMissingArchiveSaysSo() throws IOException {
        Path file = file("370202_2025Q1.xlsx", 5_000);
        String sha = FileDigest.sha256(file);
        archive.archive(file, sha);
        jdbc.update("UPDATE submitted_file_block SET bytes = ? WHERE sha256 = ?", new byte[] {9}, sha);

        assertThatThrownBy(() -> archive.copyTo(sha, dir.resolve("copy.xlsx"))).hasMessageContaining("is damaged");
        assertThatThrownBy(() -> archive.copyTo("0".repeat(64), dir.resolve("other.xlsx")))
                .hasMessageContaining("is not archived in the database");
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }
}
