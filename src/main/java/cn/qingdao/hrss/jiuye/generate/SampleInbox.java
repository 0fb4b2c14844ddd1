package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds the project's sample data (rules §9): the ten district submissions of 2025Q1 and 2025Q2
 * under {@code data/inbox/}, the 2024 statistics baseline {@code data/reference/statistics-baseline.csv}
 * and {@code data/inbox/README.md}. Deterministic: fixed seeds, same output on every run.
 *
 * <p>2025Q1 reproduces the city totals of rules §9 (78,300 new urban jobs, 30,500 re-employed,
 * 121,386 job postings) against a 2024Q1 baseline of 69,700; every submission is meant to be
 * ACCEPTED. 2025Q2 meets the same people again, so history rules (rules §5) apply.
 */
public final class SampleInbox {

    /**
     * The shell commands, run in the project folder, that rebuild the sample data from the generator: the
     * packaged jar's launcher runs {@link #main} with the jar's own classes and libraries.
     */
    public static final String REGENERATE = """
            mvn -B -q package -DskipTests
            java -cp target/jiuye-pipeline.jar -Dloader.main=cn.qingdao.hrss.jiuye.generate.SampleInbox \\
                org.springframework.boot.loader.launch.PropertiesLauncher .
            """;

    /** The seed of everything generated here. */
    public static final long SEED = 20_250_506L;
    public static final Quarter FIRST = Quarter.parse("2025Q1");
    public static final Quarter SECOND = Quarter.parse("2025Q2");

    private SampleInbox() {
    }

    /** Usage: {@code SampleInbox [projectRoot]}; writes under {@code projectRoot/data}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> files = write(root.resolve("data"));
        System.out.println("wrote " + files.size() + " files under " + root.resolve("data").toAbsolutePath().normalize());
    }

    /**
     * Writes the sample quarters, the baseline and the inbox README under {@code dataDir} (the
     * project's {@code data} folder, which must hold {@code reference/districts.csv}).
     *
     * @return the files written
     */
    public static List<Path> write(Path dataDir) throws IOException {
        List<District> districts = District.load(dataDir.resolve("reference/districts.csv"));
        StatisticsPlan statistics = new StatisticsPlan(SEED);
        List<Path> files = new ArrayList<>();
        Path baseline = dataDir.resolve("reference/statistics-baseline.csv");
        StatisticsBaseline.write(baseline, districts, statistics);
        files.add(baseline);

        List<Submission> all = plan(districts, statistics);
        for (Quarter q : List.of(FIRST, SECOND)) {
            Path dir = dataDir.resolve("inbox").resolve(q.toString());
            clear(dir, q);
            for (Submission s : all) {
                if (s.quarter().equals(q)) {
                    files.add(SubmissionWriter.write(dir, s, SEED));
                }
            }
        }
        Path readme = dataDir.resolve("inbox/README.md");
        InboxReadme.write(readme, all);
        files.add(readme);
        return files;
    }

    /** Plans both sample quarters (first quarter first: the second builds on its ledger), writing nothing. */
    static List<Submission> plan(List<District> districts, StatisticsPlan statistics) {
        List<DistrictState> states = new ArrayList<>();
        for (District d : districts) {
            states.add(new DistrictState(d));
        }
        List<Submission> all = new ArrayList<>();
        for (Quarter q : List.of(FIRST, SECOND)) {
            all.addAll(plan(q, q.equals(SECOND), states, statistics));
        }
        return all;
    }

    /**
     * Whether a person approved for the start-up subsidy in this district (registry index) also
     * applies in the next district of the registry: DUPLICATE_APPLICATION there (rules §5.1).
     */
    static boolean passesPersonOn(int districtIndex, boolean secondQuarter) {
        return districtIndex % 3 == (secondQuarter ? 1 : 0);
    }

    /** The pools and ledger of a district, shared by both quarters. */
    private static final class DistrictState {
        final District district;
        final PersonPool people;
        final BusinessPool businesses;
        final Ledger ledger = new Ledger();
        final DistrictStyle style;

        DistrictState(District d) {
            district = d;
            people = new PersonPool(d.code(), d.index(), SEED);
            businesses = new BusinessPool(d.code(), d.shortName(), SEED);
            style = new DistrictStyle(d, SEED);
        }
    }

    private static List<Submission> plan(Quarter q, boolean second, List<DistrictState> states,
                                         StatisticsPlan statistics) {
        long[][] totals = new long[Indicator.values().length][];
        for (Indicator i : Indicator.values()) {
            totals[i.ordinal()] = statistics.districtTotals(q, i, states.size());
        }
        List<Submission> submissions = new ArrayList<>();
        Ledger.Startup crossDistrict = null;
        for (DistrictState st : states) {
            District d = st.district;
            Random rnd = new Random(SEED * 1_000_033L + Long.parseLong(d.code()) * 10 + q.number());
            PlanContext ctx = new PlanContext(d, q, st.people, st.businesses, rnd, st.ledger, second);
            Map<Subsidy, List<SampleRow>> rows = new EnumMap<>(Subsidy.class);
            StartupRows startup = new StartupRows(ctx);
            rows.put(Subsidy.STARTUP, startup.plan(ctx.between(52, 85), crossDistrict));
            rows.put(Subsidy.EMPLOYER, new EmployerRows(ctx).plan(ctx.between(70, 120)));
            rows.put(Subsidy.FLEXIBLE, new FlexibleRows(ctx).plan(ctx.between(70, 125)));
            // a person approved here applies again in the next district: the same person in two districts
            crossDistrict = passesPersonOn(d.index(), second) ? startup.nonGraduate(startup.approved()) : null;

            long[][] stats = new long[Indicator.values().length][];
            for (Indicator i : Indicator.values()) {
                long total = totals[i.ordinal()][d.index()];
                long[] m = statistics.months(q, i, d.index(), total);
                stats[i.ordinal()] = new long[] {m[0], m[1], m[2], total};
            }
            String filer = Names.person(rnd, rnd.nextBoolean());
            String phone = "0532-8" + (1000000 + rnd.nextInt(9000000));
            submissions.add(new Submission(d, q, st.style, filer, phone, q.lastDay().plusDays(3 + rnd.nextInt(10)),
                    rows, stats));
        }
        return submissions;
    }

    /** Removes earlier generated workbooks of the quarter (a district may have changed format). */
    private static void clear(Path dir, Quarter q) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{6}_" + q + "\\.xlsx?")).toList()) {
                Files.delete(f);
            }
        }
    }
}
