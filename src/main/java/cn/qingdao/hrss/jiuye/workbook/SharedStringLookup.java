package cn.qingdao.hrss.jiuye.workbook;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The shared-strings table of an .xlsx ({@code t="s"} cells), read as plain text without phonetic
 * runs ({@code <rPh>}), the text of every {@code <t>} of an {@code <si>} joined.
 *
 * <p>Memory does not grow with the table: up to {@link #MEMORY_CHARS} characters the strings are
 * held in memory (every ordinary submission); beyond, the table is spilled to two temporary files —
 * the strings in UTF-8 and their offsets — read back by position through 4 KB blocks kept
 * in memory, with a small cache in front for the strings that repeat (categories, yes/no). Office
 * software writes every text cell of a
 * million-row sheet here, one unique ID number and name per row.
 */
final class SharedStringLookup implements Closeable {

    /** Characters kept in memory before the table spills to disk (about 8 MB). */
    static final long MEMORY_CHARS = 4_000_000;
    private static final int CACHE = 4096;

    private final List<String> memory = new ArrayList<>();
    private long memoryChars;
    private final long limit;
    private int count;
    private Spill spill;

    private SharedStringLookup(long limit) {
        this.limit = limit;
    }

    static SharedStringLookup of(OPCPackage pkg) throws IOException, XMLStreamException {
        SharedStringLookup table = new SharedStringLookup(MEMORY_CHARS);
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                table.read(in);
            } catch (IOException | XMLStreamException | RuntimeException e) {
                table.close();
                throw e;
            }
            break; // a workbook has one table
        }
        return table;
    }

    /** For tests: the table of {@code in}, spilled to disk above {@code limit} characters. */
    static SharedStringLookup read(InputStream in, long limit) throws IOException, XMLStreamException {
        SharedStringLookup table = new SharedStringLookup(limit);
        table.read(in);
        return table;
    }

    private void read(InputStream in) throws IOException, XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(in);
        try {
            StringBuilder text = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("si".equals(name)) {
                        text = new StringBuilder();
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name) && text != null && phonetic == 0) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic--;
                    } else if ("si".equals(name) && text != null) {
                        add(text.toString());
                        text = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        if (spill != null) {
            spill.finish();
        }
    }

    private void add(String s) throws IOException {
        count++;
        if (spill != null) {
            spill.write(s);
            return;
        }
        memory.add(s);
        memoryChars += s.length();
        if (memoryChars > limit) {
            spill = new Spill();
            for (String m : memory) {
                spill.write(m);
            }
            memory.clear();
        }
    }

    /** The string at {@code index}, or null when the file refers to a string it does not have. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        return spill == null ? memory.get(index) : spill.get(index);
    }

    boolean onDisk() {
        return spill != null;
    }

    @Override
    public void close() {
        if (spill != null) {
            spill.close();
        }
    }

    /**
     * The table on disk: strings (UTF-8) and their start offsets (8 bytes each, one more at the end),
     * read back through {@link Blocks}.
     */
    private static final class Spill {
        private final Path dataFile = Files.createTempFile("jiuye-sst-", ".txt");
        private final Path offsetFile = Files.createTempFile("jiuye-sst-", ".idx");
        private DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dataFile), 1 << 16));
        private DataOutputStream offsets = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsetFile), 1 << 16));
        private long position;
        private Blocks dataBlocks;
        private Blocks offsetBlocks;
        private final String[] cached = new String[CACHE];
        private final int[] cachedIndex = new int[CACHE];
        private final byte[] two = new byte[16];

        Spill() throws IOException {
            dataFile.toFile().deleteOnExit();
            offsetFile.toFile().deleteOnExit();
        }

        void write(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            offsets.writeLong(position);
            data.write(bytes);
            position += bytes.length;
        }

        void finish() throws IOException {
            offsets.writeLong(position);
            offsets.close();
            data.close();
            offsets = null;
            data = null;
            dataBlocks = new Blocks(dataFile);
            offsetBlocks = new Blocks(offsetFile);
        }

        synchronized String get(int index) {
            int slot = index & (CACHE - 1);
            if (cached[slot] != null && cachedIndex[slot] == index) {
                return cached[slot];
            }
            try {
                offsetBlocks.read((long) index * 8, two, two.length);
                ByteBuffer startEnd = ByteBuffer.wrap(two); // DataOutputStream wrote them big-endian, ByteBuffer's order
                long start = startEnd.getLong(0);
                long end = startEnd.getLong(8);
                byte[] bytes = new byte[(int) (end - start)];
                dataBlocks.read(start, bytes, bytes.length);
                String s = new String(bytes, StandardCharsets.UTF_8);
                cached[slot] = s;
                cachedIndex[slot] = index;
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spilled shared strings", e);
            }
        }

        void close() {
            for (Closeable c : new Closeable[] {data, offsets, dataBlocks, offsetBlocks}) {
                try {
                    if (c != null) {
                        c.close();
                    }
                } catch (IOException e) {
                    // a temporary file: nothing to recover
                }
            }
            try {
                Files.deleteIfExists(dataFile);
                Files.deleteIfExists(offsetFile);
            } catch (IOException e) {
                // deleted on exit at the latest
            }
        }
    }

    /**
     * A spilled file read by blocks of 4 KB, up to {@link #KEPT} of them kept in memory (1 MB per file,
     * 2 MB for a table at most), each in the slot of its number modulo {@code KEPT}. A sheet looks its
     * strings up mostly in table order (office software numbers them as it meets them, row after row),
     * with references back to strings met before (a company, a date): most look-ups are served from a
     * kept block instead of costing two reads from the file.
     */
    private static final class Blocks implements Closeable {
        private static final int SIZE = 1 << 12;
        private static final int KEPT = 256;

        private final FileChannel channel;
        private final byte[][] blocks = new byte[KEPT][];
        private final long[] numbers = new long[KEPT];
        private final int[] lengths = new int[KEPT];

        Blocks(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            Arrays.fill(numbers, -1);
        }

        /** Copies the {@code length} bytes at {@code position} of the file into {@code into}. */
        void read(long position, byte[] into, int length) throws IOException {
            int done = 0;
            while (done < length) {
                long at = position + done;
                int k = block(at / SIZE);
                int offset = (int) (at % SIZE);
                int n = Math.min(length - done, lengths[k] - offset);
                if (n <= 0) {
                    throw new IOException("unexpected end of a temporary file");
                }
                System.arraycopy(blocks[k], offset, into, done, n);
                done += n;
            }
        }

        /** The slot of block {@code number} (its own: number modulo KEPT), read from the file unless it is kept. */
        private int block(long number) throws IOException {
            int k = (int) (number % KEPT);
            if (numbers[k] == number) {
                return k;
            }
            if (blocks[k] == null) {
                blocks[k] = new byte[SIZE];
            }
            numbers[k] = -1; // until it is read whole
            ByteBuffer buffer = ByteBuffer.wrap(blocks[k]);
            long start = number * SIZE;
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, start + buffer.position()) < 0) {
                    break; // the last block of the file is shorter
                }
            }
            numbers[k] = number;
            lengths[k] = buffer.position();
            return k;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
