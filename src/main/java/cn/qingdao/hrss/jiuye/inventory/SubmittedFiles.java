package cn.qingdao.hrss.jiuye.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The archive of submitted files in the database (tables {@code submitted_file} and
 * {@code submitted_file_block}), content-addressed by SHA-256: what lets a read partition run on a
 * machine that does not see the inbox (README "More than one machine"). A file is stored once whatever its
 * name or quarter, in blocks of {@value #BLOCK_SIZE} bytes, and written and read back one block at a time:
 * memory does not grow with the file.
 */
@Component
public class SubmittedFiles {

    static final int BLOCK_SIZE = 1 << 20;

    private final JdbcTemplate jdbc;

    public SubmittedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the file with this digest is archived (completely: its file row comes after its last block). */
    public boolean contains(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM submitted_file WHERE sha256 = ?", Integer.class, sha256);
        return n != null && n > 0;
    }

    /**
     * Archives {@code file}, whose digest the caller has computed as {@code sha256}, unless a file with that
     * digest is archived already. Call it in a transaction: a file half archived is rolled back with it.
     *
     * @throws IllegalStateException when the file's bytes no longer have that digest (it changed meanwhile)
     */
    public void archive(Path file, String sha256) {
        if (contains(sha256)) {
            return;
        }
        MessageDigest digest = sha256();
        byte[] block = new byte[BLOCK_SIZE];
        int blocks = 0;
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(block, 0, BLOCK_SIZE)) > 0) {
                digest.update(block, 0, n);
                byte[] bytes = n == BLOCK_SIZE ? block : java.util.Arrays.copyOf(block, n);
                jdbc.update("INSERT INTO submitted_file_block (sha256, block_no, bytes) VALUES (?, ?, ?)", sha256, blocks, bytes);
                blocks++;
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + " to archive it", e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("the file " + file.getFileName() + " changed while the inbox was being "
                    + "taken stock of; leave the inbox alone during a run, then run 'restart'");
        }
        jdbc.update("INSERT INTO submitted_file (sha256, file_size, blocks, archived_at) VALUES (?, ?, ?, ?)",
                sha256, size, blocks, Timestamp.from(Instant.now()));
    }

    /**
     * Writes the archived file with this digest to {@code target} (created or replaced), one block at a time,
     * and checks the bytes written have that digest.
     *
     * @throws IllegalStateException when no such file is archived, or its bytes do not have that digest
     */
    public void copyTo(String sha256, Path target) {
        List<Integer> blocks = jdbc.queryForList("SELECT blocks FROM submitted_file WHERE sha256 = ?", Integer.class, sha256);
        if (blocks.isEmpty()) {
            throw new IllegalStateException("the submitted file " + sha256 + " is not archived in the database: its run "
                    + "was started without --read-by workers, which stores the files for the workers; resume it with "
                    + "'restart --read-by threads'");
        }
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            for (int b = 0; b < blocks.get(0); b++) {
                out.write(jdbc.queryForObject("SELECT bytes FROM submitted_file_block WHERE sha256 = ? AND block_no = ?",
                        byte[].class, sha256, b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archived submission to " + target, e);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new IllegalStateException("the archived submitted file " + sha256 + " is damaged: its bytes do not "
                    + "have its SHA-256");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
