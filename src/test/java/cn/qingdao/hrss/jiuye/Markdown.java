package cn.qingdao.hrss.jiuye;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file read the way the documentation tests need it: its headings (with the anchors GitHub gives
 * them), the text of a section, the rows of its tables and its links. Fenced code blocks hold no heading,
 * table or link.
 */
final class Markdown {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    /** A heading: its level (1 for {@code #}), its text and its line (0-based). */
    record Heading(int level, String text, int line) {
    }

    /** A link's target as written, e.g. {@code docs/rules.md#5-deciding-an-application}, and its line (1-based). */
    record Link(String target, int line) {
    }

    private final Path file;
    private final List<String> lines;
    private final boolean[] code;
    private final List<Heading> headings = new ArrayList<>();

    private Markdown(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        this.code = new boolean[lines.size()];
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                code[i] = true;
                continue;
            }
            code[i] = fenced;
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                headings.add(new Heading(m.group(1).length(), m.group(2), i));
            }
        }
    }

    static Markdown read(Path file) {
        try {
            return new Markdown(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    List<String> lines() {
        return lines;
    }

    List<Heading> headings() {
        return headings;
    }

    /** The anchors of the headings, as GitHub makes them ({@code ## 5. Deciding} → {@code 5-deciding}). */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading h : headings) {
            String slug = slug(h.text());
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces turned into hyphens. */
    static String slug(String headingText) {
        String text = headingText.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                sb.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /**
     * The lines of the section under the first heading for which {@code title} holds, up to the next heading
     * of the same or a higher level; empty when there is no such heading.
     */
    List<String> section(java.util.function.Predicate<Heading> title) {
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (title.test(h)) {
                int end = lines.size();
                for (int j = i + 1; j < headings.size(); j++) {
                    if (headings.get(j).level() <= h.level()) {
                        end = headings.get(j).line();
                        break;
                    }
                }
                return lines.subList(h.line() + 1, end);
            }
        }
        return List.of();
    }

    /** The section numbered {@code number} ("5.4", "10"): its heading starts with that number. */
    List<String> numberedSection(String number) {
        return section(h -> number.equals(sectionNumber(h)));
    }

    /** The section whose heading text is exactly {@code text}. */
    List<String> section(String text) {
        return section(h -> h.text().equals(text));
    }

    /** The number a heading starts with ("5.4" of {@code ### 5.4 Reason codes}), or null. */
    static String sectionNumber(Heading h) {
        Matcher m = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\.?\\s").matcher(h.text());
        return m.find() ? m.group(1) : null;
    }

    /** The cells (trimmed) of every table row among {@code lines}, separator rows left out. */
    static List<List<String>> tableRows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (!l.startsWith("|") || l.matches("\\|[\\s:|-]*")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 1; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c == '\\' && i + 1 < l.length() && l.charAt(i + 1) == '|') {
                    cell.append('|');
                    i++;
                } else if (c == '|') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every link outside code blocks. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            Matcher m = LINK.matcher(lines.get(i));
            while (m.find()) {
                links.add(new Link(m.group(1), i + 1));
            }
        }
        return links;
    }
}
