package cn.qingdao.hrss.jiuye.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs an .xlsx (a zip) with every entry dated the same fixed day, so that regenerating the
 * samples gives byte-identical files — and the same SHA-256 in {@code submissions.csv} (rules §8).
 */
final class StableZip {

    private StableZip() {
    }

    static void copy(byte[] xlsx, LocalDate day, OutputStream out) throws IOException {
        long time = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        buffer.writeTo(out);
    }
}
