package cn.qingdao.hrss.jiuye.template;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: LibreOffice Calc, headless, to convert a workbook the way LibreOffice opens and saves it.
 * {@code .ci/run} installs it (Debian's {@code libreoffice-calc}) when it is missing; a test that needs it
 * is skipped, saying so, on a machine without it.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** The {@code soffice} program on the PATH, or null. */
    public static Path program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path soffice = Path.of(dir, "soffice");
            if (Files.isExecutable(soffice)) {
                return soffice;
            }
        }
        return null;
    }

    public static String missing() {
        return "LibreOffice (soffice) is not on the PATH: install Debian's libreoffice-calc (.ci/run does) to run this test";
    }

    /**
     * Opens {@code file} in LibreOffice and saves it as {@code format} ({@code xlsx} or {@code xls}) into
     * {@code outDir}, under the same name with that extension; {@code profile} is a folder for LibreOffice's
     * user profile (one per test, so that two conversions never share one).
     */
    public static Path convert(Path file, String format, Path outDir, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(List.of(program().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString(), file.toString()))
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not convert " + file + " within 3 minutes");
        }
        String name = file.getFileName().toString();
        Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        if (p.exitValue() != 0 || !Files.isRegularFile(converted)) {
            throw new IOException("LibreOffice did not convert " + file + " (exit " + p.exitValue() + "): "
                    + Files.readString(outDir.resolve("soffice.log")));
        }
        return converted;
    }
}
