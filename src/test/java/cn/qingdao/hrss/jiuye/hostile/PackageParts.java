package cn.qingdao.hrss.jiuye.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the parts of an .xlsx package (a ZIP archive) entry by entry, for the broken files of
 * the corpus that no office suite writes on purpose: a sheet part replaced by XML streamed from
 * code, a {@code workbook.xml} with sheets removed or added. Untouched parts are copied as they are.
 */
final class PackageParts {

    /** Writes a replacement part. */
    @FunctionalInterface
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private final Path source;
    private final Map<String, PartWriter> replaced = new HashMap<>();

    private PackageParts(Path source) {
        this.source = source;
    }

    static PackageParts of(Path source) {
        return new PackageParts(source);
    }

    /** Replaces a text part by a function of its text (small parts only: workbook.xml, a cover sheet). */
    PackageParts edit(String part, java.util.function.UnaryOperator<String> edit) throws IOException {
        String text = new String(read(part), StandardCharsets.UTF_8);
        String edited = edit.apply(text);
        replaced.put(part, out -> out.write(edited.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Replaces a part by whatever {@code writer} streams (a part far larger than memory should hold). */
    PackageParts replace(String part, PartWriter writer) {
        replaced.put(part, writer);
        return this;
    }

    /** The package part of a sheet, e.g. {@code xl/worksheets/sheet4.xml}, from workbook.xml and its relationships. */
    String sheetPart(String sheetName) throws IOException {
        String workbook = new String(read("xl/workbook.xml"), StandardCharsets.UTF_8);
        Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(workbook);
        if (!sheet.find()) {
            throw new IllegalArgumentException("no sheet " + sheetName + " in " + source);
        }
        String rels = new String(read("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        Matcher target = Pattern.compile("Id=\"" + Pattern.quote(sheet.group(1)) + "\" Target=\"([^\"]+)\"").matcher(rels);
        if (!target.find()) {
            throw new IllegalArgumentException("no relationship " + sheet.group(1) + " in " + source);
        }
        return "xl/" + target.group(1);
    }

    byte[] read(String part) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(part)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no part " + part + " in " + source);
    }

    Path writeTo(Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                PartWriter writer = replaced.get(e.getName());
                if (writer == null) {
                    copy(in, out);
                } else {
                    writer.write(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
