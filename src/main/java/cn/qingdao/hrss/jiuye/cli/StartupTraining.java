package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.postgresql.Driver;

/**
 * The training run of the class-data-sharing archive that {@code mvn package} makes (README "Set-up"):
 * the everyday commands (run twice, the others once), in one JVM, on the sample quarter 2025Q1 and a scratch H2
 * database, so that the JVM started with {@code -XX:ArchiveClassesAtExit} writes every class they
 * loaded to the archive. A later JVM maps those classes from the archive instead of loading,
 * verifying and linking them again, which is most of a command's start-up.
 *
 * <p>Usage: {@code StartupTraining WORK_DIR}, from the project folder (the sample inbox is
 * {@code data/inbox/2025Q1}). Exits 1 when a run did not complete, so that a build whose program
 * cannot run its own sample quarter fails; the other commands' exit codes are only logged (a sample
 * inbox edited by hand may lack the row {@code explain} asks for).
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining WORK_DIR");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        loadPostgresDriver();
        // The default database's options (application.properties), on a scratch file.
        String database = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/jiuye") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        // Twice: the first run migrates the new database, and so starts a second time the usual way; the
        // second starts from the context prepared at packaging (PreparedContext), as every later run does.
        String[] sampleRun = {"run", "--quarter", "2025Q1", "--inbox", "data/inbox/2025Q1",
                "--out", work.resolve("out").toString(), database};
        int first = ran(sampleRun);
        int run = ran(sampleRun);
        ran("status", "--quarter", "2025Q1", database);
        ran("explain", "--quarter", "2025Q1", "--district", "370202", "--subsidy", "employer", "--row", "5", database);
        ran("--help");
        System.exit(completed(first) && completed(run) ? 0 : 1);
    }

    /**
     * Every class of the PostgreSQL driver, loaded but not run: the training has no server to connect to, and a
     * production run or command connects to one, whose driver classes would otherwise be loaded and verified at
     * each start. A class that needs a library the program does not carry is left out.
     */
    private static void loadPostgresDriver() {
        ClassLoader loader = StartupTraining.class.getClassLoader();
        try (JarFile driver = new JarFile(Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toFile())) {
            driver.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class"))
                    .forEach(name -> {
                        try {
                            Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                        } catch (ClassNotFoundException | LinkageError e) {
                            // needs an optional library (e.g. OSGi, Waffle) that is not on the class path
                        }
                    });
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the PostgreSQL driver's jar cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean completed(int exit) {
        return exit == QuarterRunner.OK || exit == QuarterRunner.REJECTIONS;
    }

    private static int ran(String... command) {
        int exit = Main.execute(command);
        List<String> shown = new ArrayList<>(List.of(command));
        shown.removeIf(a -> a.startsWith("--spring."));
        System.out.println("training: " + String.join(" ", shown) + " -> exit " + exit);
        return exit;
    }
}
