package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Recognises a file's container by its first bytes, never by its extension (rules §7: "without
 * trusting the format"): a ZIP archive (OOXML), an OLE2 compound document (.xls, or an encrypted
 * OOXML package), or anything else.
 */
enum FileSignature {
    ZIP, OLE2, OTHER;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static FileSignature of(Path file) throws IOException {
        byte[] head = new byte[OLE2_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= ZIP_MAGIC.length && Arrays.equals(head, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length)) {
            return ZIP;
        }
        if (read == OLE2_MAGIC.length && Arrays.equals(head, OLE2_MAGIC)) {
            return OLE2;
        }
        return OTHER;
    }
}
