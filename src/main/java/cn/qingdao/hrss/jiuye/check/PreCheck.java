package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.report.FeedbackWriter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.support.text.LogText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pre-check of one district file (the {@code check} command): the file is put alone in the inbox of a
 * private run of the quarter, on a new, empty database of its own ({@link PrivateApplication}), and the
 * quarterly job runs over it unchanged — inventory, reading, deciding, statistics — so that every check
 * that needs no history is made exactly as the city's run makes it (rules §3–§7). The run's feedback
 * workbook is then written again, marked as a pre-check, into the chosen folder, and a summary printed.
 * The work folder, database included, is deleted at the end.
 *
 * <p>Exit codes: 0 the file would be accepted with nothing refused (not a row, not a month, not its
 * statistics); 3 otherwise; 2 usage error; 1 the pre-check itself failed.
 */
public final class PreCheck {

    /** The folder the feedback workbook goes to when none is given: a sub-folder of the file's own folder. */
    public static final String DEFAULT_FOLDER = "precheck";

    private final PrintStream out;
    private final PrintStream err;

    public PreCheck(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code precheck-370202-2025Q1.xlsx}; {@code precheck-unknown-2025Q1.xlsx} for a file of no known district. */
    public static String fileName(String district, Quarter quarter) {
        return "precheck-" + (district == null ? "unknown" : district) + "-" + quarter + ".xlsx";
    }

    /**
     * Checks {@code file} for {@code quarter}; writes the feedback workbook into {@code outDir} (null: the
     * folder {@value #DEFAULT_FOLDER} next to the file: a sub-folder, which a run never takes for a submission).
     */
    public int check(Path file, Quarter quarter, Path outDir) {
        if (!Files.isRegularFile(file)) {
            err.println("error: " + file + " is not a file: give the path of the district's workbook (.xlsx or .xls).");
            return QuarterRunner.USAGE;
        }
        String name = file.getFileName().toString();
        String skipped = skippedByTheRun(file, name, quarter);
        if (skipped != null) {
            out.println("预检 Pre-check " + quarter + ": " + LogText.printable(name));
            out.println("结论 Verdict: " + skipped);
            return QuarterRunner.REJECTIONS;
        }
        Path folder = outDir != null ? outDir : file.toAbsolutePath().getParent().resolve(DEFAULT_FOLDER);
        Thread cleanup = null;
        try (WorkFolder work = WorkFolder.create()) {
            Files.copy(file, work.inbox().resolve(name));
            BuiltInReference.writeTo(work.reference());
            ConfigurableApplicationContext context = PrivateApplication.start(work);
            cleanup = new Thread(() -> {
                context.close();
                work.close();
            }, "precheck-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup); // interrupted (Ctrl-C): nothing left behind
            try (context) {
                int ran = context.getBean(QuarterRunner.class).runUnreported(quarter, work.inbox(), work.out());
                if (ran != QuarterRunner.OK && ran != QuarterRunner.REJECTIONS) {
                    err.println("error: the pre-check could not complete (see above); this is a fault of the program, "
                            + "not of the file.");
                    return QuarterRunner.FAILED;
                }
                Findings findings = Findings.read(context, quarter);
                DistrictRegistry districts = context.getBean(DistrictRegistry.class);
                Path feedback = null;
                if (findings.submission() != null) {
                    String district = findings.submission().districtCode();
                    Files.createDirectories(folder);
                    feedback = folder.resolve(fileName(district, quarter));
                    context.getBean(FeedbackWriter.class).write(findings.runId(), quarter, district,
                            List.of(findings.submission()), feedback, marking());
                }
                new CheckReport(out).print(LogText.printable(name), quarter, findings, districts, feedback);
                return findings.clean() ? QuarterRunner.OK : QuarterRunner.REJECTIONS;
            }
        } catch (IOException e) {
            err.println("error: " + e.getMessage() + " (" + e.getClass().getSimpleName() + "). Check that the file can be "
                    + "read and the folder " + folder + " written, or pass --out DIR.");
            return QuarterRunner.FAILED;
        } finally {
            if (cleanup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
        }
    }

    /**
     * Why the run would not even read the file (rules §3, "Files in the inbox"), in
     * Chinese and English; null when it would.
     */
    private static String skippedByTheRun(Path file, String name, Quarter quarter) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return "不会被读取：以“.”或“~$”开头的文件是隐藏文件或办公软件的临时锁定文件，正式处理时跳过 / would not be "
                    + "read: a name starting with '.' or '~$' is a hidden file or an office lock file, which a run "
                    + "skips. Save the workbook under a name such as 370202_" + quarter + ".xlsx and check that file.";
        }
        if (Files.isSymbolicLink(file)) {
            return "不会被读取：这是一个符号链接，正式处理时不读取链接 / would not be read: this is a symbolic link, and a "
                    + "run never follows links in its inbox. Check (and send) the file itself.";
        }
        return null;
    }

    /** The pre-check's mark on the feedback workbook: what it is, and what it could not check. */
    static FeedbackWriter.Marking marking() {
        List<String> notes = new ArrayList<>();
        notes.add("本表是报送前的预检结果，由区市自行运行检查程序生成，不是市局的正式处理结果，不作为发放依据。");
        StringBuilder unchecked = new StringBuilder("预检未能检查（需要市局以前季度和其他区市的记录）：");
        NotChecked[] all = NotChecked.values();
        for (int i = 0; i < all.length; i++) {
            unchecked.append(i == 0 ? "" : "；").append(all[i].zh()).append("（").append(String.join("、", all[i].codes()))
                    .append("）");
        }
        notes.add(unchecked + "。" + NotChecked.WITHIN_FILE_ZH);
        return new FeedbackWriter.Marking("（报送前预检）", notes);
    }
}
