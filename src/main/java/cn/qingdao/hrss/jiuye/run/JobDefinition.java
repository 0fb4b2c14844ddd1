package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A job definition an operator edits, from {@code jobs/*.yaml} (rules §10): its schedule and the
 * locations a run uses by default. Read strictly: an unknown key or a bad value stops the program
 * with the file and key named.
 */
public record JobDefinition(String name, String description, CronExpression schedule, ZoneId timeZone,
                            String quarter, String inbox, String out) {

    private static final Set<String> KEYS = Set.of("name", "description", "schedule", "time-zone", "quarter", "inbox", "out");

    public static JobDefinition load(Path file) {
        Map<String, Object> map;
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(doc instanceof Map<?, ?> m)) {
                throw new IllegalStateException(file + ": expected a mapping of keys " + KEYS);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) m;
            map = typed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job definition " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalStateException(file + ": unknown key '" + key + "' (allowed: " + KEYS + ")");
            }
        }
        String schedule = text(file, map, "schedule");
        CronExpression cron;
        try {
            cron = CronExpression.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": schedule: not a cron expression: " + e.getMessage(), e);
        }
        String quarter = text(file, map, "quarter");
        if (!"previous".equals(quarter) && Quarter.parseLenient(quarter) == null) {
            throw new IllegalStateException(file + ": quarter: expected 'previous' or a quarter such as 2025Q1, got '" + quarter + "'");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(text(file, map, "time-zone"));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": time-zone: " + e.getMessage(), e);
        }
        return new JobDefinition(text(file, map, "name"), String.valueOf(map.getOrDefault("description", "")),
                cron, zone, quarter, text(file, map, "inbox"), text(file, map, "out"));
    }

    private static String text(Path file, Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalStateException(file + ": " + key + ": missing");
        }
        return v.toString();
    }

    public Path inboxFor(Quarter q) {
        return Path.of(inbox.replace("{quarter}", q.toString()));
    }

    public Path outDir() {
        return Path.of(out);
    }

    /** The quarter a start on {@code today} processes: the one just closed, or the fixed one. */
    public Quarter quarterOn(LocalDate today) {
        if ("previous".equals(quarter)) {
            return new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
        }
        return Quarter.parse(quarter);
    }
}
