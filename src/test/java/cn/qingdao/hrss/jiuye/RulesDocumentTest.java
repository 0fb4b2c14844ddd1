package cn.qingdao.hrss.jiuye;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.cli.PipelineCommand;
import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.generate.SampleInbox;
import cn.qingdao.hrss.jiuye.policy.Parameter;
import cn.qingdao.hrss.jiuye.policy.ParameterKey;
import cn.qingdao.hrss.jiuye.policy.ParameterValue;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.report.CsvReports;
import cn.qingdao.hrss.jiuye.report.FeedbackWriter;
import cn.qingdao.hrss.jiuye.report.PaymentRosterWriter;
import cn.qingdao.hrss.jiuye.report.SummaryWorkbookWriter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.validation.EmployerRowValidator;
import cn.qingdao.hrss.jiuye.validation.FlexibleRowValidator;
import cn.qingdao.hrss.jiuye.validation.StartupRowValidator;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code docs/rules.md} is the reference a clerk and a maintainer read for the rules the pipeline implements.
 * These tests hold it to the code: every reason code with its Chinese message, every output column and
 * workbook heading, every sheet column, every policy parameter and its dated values, every command, option and
 * exit code; and they hold the repository to it: every "rules §N" cited anywhere resolves to a heading, every
 * link of the Markdown files to a file of the repository. Each failure names what drifted and where.
 */
class RulesDocumentTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String RULES_FILE = "docs/rules.md";
    /** The section numbers the code cites: §1–§10 and the sub-sections of §3 and §5. */
    private static final List<String> SECTIONS = List.of("1", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "4", "5",
            "5.1", "5.2", "5.3", "5.4", "6", "7", "8", "9", "10");
    /** "rules §5.2", "rules §3.2–3.4, §4, §5.4", "rules §5 step 2": the section list after "rules ". */
    private static final Pattern CITATION = Pattern.compile(
            "rules (§\\d+(?:\\.\\d+)?(?:[–-]\\d+(?:\\.\\d+)?)?(?:,\\s*§\\d+(?:\\.\\d+)?(?:[–-]\\d+(?:\\.\\d+)?)?)*)");
    private static final Pattern SECTION_REF = Pattern.compile("§(\\d+(?:\\.\\d+)?)(?:[–-](\\d+(?:\\.\\d+)?))?");
    /** The text files of the repository that may cite the rules. */
    private static final List<String> CITING_FOLDERS = List.of("src", "docs", "data", "jobs", "scripts");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("java", "md", "yaml", "yml", "properties", "sql",
            "csv", "xml", "sh", "options", "txt");

    private static Markdown rules;

    @BeforeAll
    static void readRules() {
        rules = Markdown.read(ROOT.resolve(RULES_FILE));
    }

    @Test
    void hasAHeadingForEverySectionNumberTheCodeUses() {
        Set<String> numbered = new LinkedHashSet<>();
        rules.headings().forEach(h -> {
            String n = Markdown.sectionNumber(h);
            if (n != null) {
                numbered.add(n);
            }
        });
        List<String> missing = SECTIONS.stream().filter(s -> !numbered.contains(s)).toList();
        assertThat(missing).as(RULES_FILE + " lacks headings for these sections (a heading starts with its number, "
                + "e.g. '### 5.4 Reason codes')").isEmpty();
    }

    @Test
    void everyReasonCodeIsListedInSection54WithItsChineseMessage() {
        Map<String, List<String>> messagesByCode = codeRows();
        List<String> problems = new ArrayList<>();
        for (ReasonCode code : ReasonCode.values()) {
            List<String> documented = messagesByCode.get(code.name());
            if (documented == null) {
                problems.add(code + " has no row in the tables of " + RULES_FILE + " §5.4; add: | `" + code + "` | "
                        + code.messageZh() + " | meaning | what to do |");
            } else if (!documented.contains(code.messageZh())) {
                problems.add(code + ": the code's Chinese message is '" + code.messageZh() + "' but " + RULES_FILE
                        + " §5.4 gives " + documented);
            }
        }
        assertThat(problems).as("reason codes of domain.ReasonCode against " + RULES_FILE + " §5.4").isEmpty();
    }

    @Test
    void section54ListsNoCodeTheProgramDoesNotHave() {
        Set<String> known = new TreeSet<>();
        for (ReasonCode c : ReasonCode.values()) {
            known.add(c.name());
        }
        List<String> unknown = codeRows().keySet().stream().filter(c -> !known.contains(c)).toList();
        assertThat(unknown).as(RULES_FILE + " §5.4 lists codes that domain.ReasonCode does not have").isEmpty();
    }

    @Test
    void everyCsvFileHasItsHeaderLineAndARowPerColumnInSection8() {
        Map<String, List<String>> csvFiles = new LinkedHashMap<>();
        csvFiles.put("decisions.csv", CsvReports.DECISIONS_COLUMNS);
        csvFiles.put("statistics.csv", CsvReports.STATISTICS_COLUMNS);
        csvFiles.put("submissions.csv", CsvReports.SUBMISSIONS_COLUMNS);
        List<String> problems = new ArrayList<>();
        csvFiles.forEach((file, columns) -> {
            List<String> section = rules.section(file);
            if (section.isEmpty()) {
                problems.add(RULES_FILE + " has no heading '### " + file + "' (rules §8)");
                return;
            }
            String header = String.join(",", columns);
            if (section.stream().noneMatch(l -> l.strip().equals(header))) {
                problems.add(file + ": its header line '" + header + "' is not in " + RULES_FILE + " under '### " + file + "'");
            }
            Set<String> documented = firstCells(section);
            for (String column : columns) {
                if (!documented.contains("`" + column + "`")) {
                    problems.add(file + ": column '" + column + "' has no row | `" + column + "` | … | under '### " + file + "'");
                }
            }
            for (String cell : documented) {
                if (cell.startsWith("`") && !columns.contains(cell.replace("`", ""))) {
                    problems.add(file + ": " + RULES_FILE + " describes a column " + cell + " the file does not have");
                }
            }
        });
        assertThat(problems).as("CSV columns (report.CsvReports) against " + RULES_FILE + " §8").isEmpty();
    }

    @Test
    void theHeadingsOfTheRosterAndFeedbackWorkbooksAreTableHeadersInSection8() {
        Map<String, List<String>> headings = new LinkedHashMap<>();
        for (Subsidy s : Subsidy.values()) {
            headings.put("payment roster, sheet " + s.sheetName(), PaymentRosterWriter.columns(s));
        }
        headings.put("feedback, sheet " + FeedbackWriter.DETAIL_SHEET, FeedbackWriter.DETAIL_COLUMNS);
        headings.put("feedback, sheet " + FeedbackWriter.SUMMARY_SHEET, FeedbackWriter.SUMMARY_COLUMNS);
        List<String> section8 = rules.numberedSection("8");
        List<String> problems = new ArrayList<>();
        headings.forEach((where, columns) -> {
            String tableHeader = "| " + String.join(" | ", columns) + " |";
            if (section8.stream().noneMatch(l -> l.strip().equals(tableHeader))) {
                problems.add(where + ": the table header line '" + tableHeader + "' is not in " + RULES_FILE + " §8");
            }
        });
        for (String sheet : List.of(FeedbackWriter.DETAIL_SHEET, FeedbackWriter.SUMMARY_SHEET)) {
            if (section8.stream().noneMatch(l -> l.contains("`" + sheet + "`"))) {
                problems.add("feedback: sheet `" + sheet + "` is not named in " + RULES_FILE + " §8");
            }
        }
        assertThat(problems).as("workbook headings (report writers) against " + RULES_FILE + " §8").isEmpty();
    }

    @Test
    void everySheetOfTheSummaryWorkbookIsNamedInSection8() {
        List<String> section8 = rules.numberedSection("8");
        List<String> missing = SummaryWorkbookWriter.SHEETS.stream()
                .filter(sheet -> section8.stream().noneMatch(l -> l.contains("`" + sheet + "`"))).toList();
        assertThat(missing).as("sheets of summary-Q.xlsx (report.SummaryWorkbookWriter) not named `like this` in "
                + RULES_FILE + " §8").isEmpty();
    }

    @Test
    void everyColumnOfTheSubmissionSheetsHasARowInItsSection() {
        Map<String, SheetSpec> sheets = new LinkedHashMap<>();
        sheets.put("3.2", StartupRowValidator.SHEET);
        sheets.put("3.3", EmployerRowValidator.SHEET);
        sheets.put("3.4", FlexibleRowValidator.SHEET);
        sheets.put("3.5", StatisticsSheet.SHEET);
        List<String> problems = new ArrayList<>();
        sheets.forEach((number, spec) -> {
            Set<String> documented = firstCells(rules.numberedSection(number));
            for (String column : spec.columns()) {
                if (!documented.contains("`" + column + "`")) {
                    problems.add("§" + number + " " + spec.name() + ": column " + column + " has no row | `" + column + "` | … |");
                }
            }
            for (String cell : documented) {
                String column = cell.replace("`", "");
                if (cell.startsWith("`") && !column.equals("序号") && !spec.columns().contains(column)) {
                    problems.add("§" + number + " " + spec.name() + ": " + RULES_FILE + " lists a column " + cell
                            + " the program does not read");
                }
            }
        });
        List<List<String>> indicators = Markdown.tableRows(rules.numberedSection("3.5"));
        for (Indicator i : Indicator.values()) {
            boolean listed = indicators.stream().anyMatch(r -> r.size() > 1 && r.get(0).equals(i.label())
                    && r.get(1).equals("`" + i.code() + "`"));
            if (!listed) {
                problems.add("§3.5: indicator " + i.label() + " has no row | " + i.label() + " | `" + i.code() + "` | … |");
            }
        }
        assertThat(problems).as("sheet columns (validation, statistics) against " + RULES_FILE + " §3").isEmpty();
    }

    @Test
    void everyPolicyParameterIsListedInSection6WithItsFileAndEveryDatedValue() {
        PolicyParameters parameters = PolicyParameters.load(ROOT.resolve("data/policy"));
        Map<String, List<String>> rows = new HashMap<>();
        for (List<String> row : Markdown.tableRows(rules.numberedSection("6"))) {
            if (!row.isEmpty()) {
                rows.put(row.get(0), row);
            }
        }
        List<String> problems = new ArrayList<>();
        for (ParameterKey<?> key : ParameterKey.ALL) {
            List<String> row = rows.get("`" + key.key() + "`");
            if (row == null) {
                problems.add(key.key() + " has no row | `" + key.key() + "` | … | in " + RULES_FILE + " §6");
                continue;
            }
            String text = String.join(" | ", row);
            if (!text.contains("`" + key.relativeFile() + "`")) {
                problems.add(key.key() + ": its row does not name its file `" + key.relativeFile() + "`");
            }
            Parameter<?> parameter = parameters.parameter(key);
            for (ParameterValue<?> v : parameter.values()) {
                String dated = (v.value() == null ? "ended" : "`" + v.value() + "`") + " from " + v.effectiveFrom();
                if (!text.contains(dated)) {
                    problems.add(key.key() + ": data/policy/" + key.relativeFile() + " has the value '" + dated
                            + "', which its row in " + RULES_FILE + " §6 does not show (row: " + text + ")");
                }
            }
        }
        assertThat(problems).as("data/policy against " + RULES_FILE + " §6").isEmpty();
    }

    @Test
    void everyCommandAndEachOfItsOptionsHasARowInTheCommandsTableOfSection10() {
        CommandLine cli = new CommandLine(new PipelineCommand(new String[0]));
        List<String> commandsTable = rules.section("Commands");
        List<String> rows = commandsTable.stream().map(String::strip).filter(l -> l.startsWith("|")).toList();
        List<String> problems = new ArrayList<>();
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> row = rows.stream()
                    .filter(r -> r.startsWith("| `" + name + " ") || r.startsWith("| `" + name + "`")).toList();
            if (row.isEmpty()) {
                problems.add("command '" + name + "' has no row | `" + name + " …` | … | under '### Commands' in §10");
                return;
            }
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp() && !row.get(0).contains(option.longestName())) {
                    problems.add("command '" + name + "': option " + option.longestName() + " is not in its row");
                }
            }
        });
        List<String> section10 = rules.numberedSection("10");
        for (OptionSpec option : cli.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()
                    && section10.stream().noneMatch(l -> l.contains(option.longestName()))) {
                problems.add("the program's option " + option.longestName() + " is not described in §10");
            }
        }
        assertThat(problems).as("commands (cli.PipelineCommand) against " + RULES_FILE + " §10").isEmpty();
    }

    @Test
    void everyExitCodeHasARowInTheExitCodesTableOfSection10() {
        Set<String> codes = new TreeSet<>();
        new CommandLine(new PipelineCommand(new String[0])).getCommandSpec().usageMessage().exitCodeList().keySet()
                .forEach(k -> codes.add(k.strip()));
        for (int code : new int[] {QuarterRunner.OK, QuarterRunner.FAILED, QuarterRunner.USAGE,
                QuarterRunner.REJECTIONS, QuarterRunner.REFUSED}) {
            codes.add(Integer.toString(code));
        }
        Set<String> documented = firstCells(rules.section("Exit codes"));
        List<String> missing = codes.stream().filter(c -> !documented.contains(c)).toList();
        assertThat(missing).as("exit codes (run.QuarterRunner, cli.PipelineCommand) without a row | N | … | under "
                + "'### Exit codes' in " + RULES_FILE + " §10").isEmpty();
    }

    @Test
    void section9GivesTheCommandsThatRegenerateTheSamples() {
        String section9 = String.join("\n", rules.numberedSection("9")) + "\n";
        assertThat(section9).as(RULES_FILE + " §9 must give the commands of generate.SampleInbox.REGENERATE")
                .contains(SampleInbox.REGENERATE);
    }

    @Test
    void everyRulesCitationInTheRepositoryResolvesToAHeadingOfTheRules() throws IOException {
        Set<String> headings = new TreeSet<>();
        rules.headings().forEach(h -> {
            String n = Markdown.sectionNumber(h);
            if (n != null) {
                headings.add(n);
            }
        });
        List<String> unresolved = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            List<String> lines = textLines(file);
            boolean isRules = file.equals(ROOT.resolve(RULES_FILE));
            for (int i = 0; i < lines.size(); i++) {
                // the rules cite their own sections without "rules ": every § there is a citation
                List<String> refs = isRules ? sectionRefs(lines.get(i)) : citations(lines.get(i));
                for (String ref : refs) {
                    citations++;
                    if (!headings.contains(ref)) {
                        unresolved.add(ROOT.relativize(file) + ":" + (i + 1) + ": §" + ref + " in \"" + lines.get(i).strip() + "\"");
                    }
                }
            }
        }
        assertThat(citations).as("citations found").isGreaterThan(300);
        assertThat(unresolved).as("citations of sections that " + RULES_FILE + " has no heading for").isEmpty();
    }

    @Test
    void everyLinkOfTheMarkdownFilesResolvesInsideTheRepository() throws IOException {
        Set<String> ignored = ignoredFolders();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path md : markdownFiles(ignored)) {
            Markdown doc = Markdown.read(md);
            for (Markdown.Link link : doc.links()) {
                String target = link.target();
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // https:, mailto: — not a file of the repository
                }
                links++;
                String where = ROOT.relativize(md) + ":" + link.line() + ": (" + target + ")";
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? "" : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? md : md.getParent().resolve(path).normalize();
                if (!resolved.startsWith(ROOT)) {
                    broken.add(where + " points outside the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " points to a file that does not exist");
                } else if (isIgnored(ROOT.relativize(resolved), ignored)) {
                    broken.add(where + " points into a folder git ignores, absent from a clone");
                } else if (!anchor.isEmpty() && resolved.toString().endsWith(".md")
                        && !Markdown.read(resolved).anchors().contains(anchor)) {
                    broken.add(where + " names #" + anchor + ", which is no heading of " + ROOT.relativize(resolved));
                }
            }
        }
        assertThat(links).as("relative links found").isGreaterThan(10);
        assertThat(broken).as("links of README.md, docs/ and data/ that do not resolve in a clone of the repository")
                .isEmpty();
    }

    /** §5.4's tables: code → the Chinese messages of its rows (second cell). */
    private static Map<String, List<String>> codeRows() {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (List<String> row : Markdown.tableRows(rules.numberedSection("5.4"))) {
            if (row.size() > 1 && row.get(0).matches("`[A-Z][A-Z0-9_]*`")) {
                byCode.computeIfAbsent(row.get(0).replace("`", ""), k -> new ArrayList<>()).add(row.get(1));
            }
        }
        return byCode;
    }

    private static Set<String> firstCells(List<String> lines) {
        Set<String> cells = new LinkedHashSet<>();
        for (List<String> row : Markdown.tableRows(lines)) {
            if (!row.isEmpty()) {
                cells.add(row.get(0));
            }
        }
        return cells;
    }

    /** The sections a line cites as "rules §…", ranges expanded ("rules §3.2–3.4" is 3.2, 3.3 and 3.4). */
    static List<String> citations(String line) {
        List<String> refs = new ArrayList<>();
        Matcher m = CITATION.matcher(line);
        while (m.find()) {
            refs.addAll(sectionRefs(m.group(1)));
        }
        return refs;
    }

    private static List<String> sectionRefs(String text) {
        List<String> refs = new ArrayList<>();
        Matcher m = SECTION_REF.matcher(text);
        while (m.find()) {
            String from = m.group(1);
            String to = m.group(2);
            refs.add(from);
            if (to != null) {
                if (from.contains(".") && to.contains(".") && from.split("\\.")[0].equals(to.split("\\.")[0])) {
                    String major = from.split("\\.")[0];
                    for (int n = Integer.parseInt(from.split("\\.")[1]) + 1; n <= Integer.parseInt(to.split("\\.")[1]); n++) {
                        refs.add(major + "." + n);
                    }
                } else {
                    refs.add(to);
                }
            }
        }
        return refs;
    }

    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        for (String folder : CITING_FOLDERS) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(RulesDocumentTest::isText).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static List<String> textLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return List.of(); // not UTF-8 text (a test fixture in another encoding): cites nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> markdownFiles(Set<String> ignored) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !ROOT.relativize(p).startsWith(".git"))
                    .filter(p -> !isIgnored(ROOT.relativize(p), ignored))
                    .sorted().toList();
        }
    }

    /** The folders of {@code .gitignore} ({@code target/}, {@code out/}, …): absent from a clone. */
    private static Set<String> ignoredFolders() throws IOException {
        Set<String> folders = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve(".gitignore"), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.endsWith("/") && !l.startsWith("#")) {
                folders.add(l.substring(0, l.length() - 1).replaceFirst("^/", ""));
            }
        }
        return folders;
    }

    private static boolean isIgnored(Path relative, Set<String> ignored) {
        for (Path part : relative) {
            if (ignored.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
