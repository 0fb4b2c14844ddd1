package cn.qingdao.hrss.jiuye.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a parameter directory strictly (rules §6). Each {@code <key>.yaml} file (folders form the dotted key;
 * {@code index.yaml} describes its folder) must be:
 * <pre>
 * description: text                # required
 * documentation: text              # optional
 * metadata: {reference: text, unit: text}   # both required
 * values:                          # required, at least one
 *   2025-01-01:                    # yyyy-MM-dd
 *     value: 12000.00              # of the parameter's type, or null (the parameter ends)
 *     metadata: {reference: text}  # optional
 * </pre>
 * The YAML is composed into nodes, never constructed into objects, so no implicit typing (dates, floats)
 * can lose a value: each scalar is read as text and parsed by the parameter's {@link ValueType}. Duplicate
 * keys, unknown keys, unknown parameter files, a missing required parameter: all are refused with a
 * {@link PolicyFileException} naming the file and the key.
 */
final class PolicyFileReader {

    private static final String INDEX = "index.yaml";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> PLAIN_NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final Path directory;

    PolicyFileReader(Path directory) {
        this.directory = directory;
    }

    Map<ParameterKey<?>, Parameter<?>> readAll() {
        if (!Files.isDirectory(directory)) {
            throw new PolicyFileException(directory.toString(), "(directory)", "not a directory");
        }
        Map<ParameterKey<?>, Parameter<?>> result = new LinkedHashMap<>();
        for (Path file : yamlFiles()) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            String fileName = file.getFileName().toString();
            if (fileName.equals(INDEX)) {
                readIndex(file);
                continue;
            }
            ParameterKey<?> key = ParameterKey.forFile(relative);
            if (key == null) {
                throw new PolicyFileException(file.toString(), "(file)",
                        "not a known policy parameter (known: " + ParameterKey.ALL + ")");
            }
            result.put(key, readParameter(file, key));
        }
        for (ParameterKey<?> key : ParameterKey.ALL) {
            if (!result.containsKey(key)) {
                throw new PolicyFileException(directory.resolve(key.relativeFile()).toString(), key.key(),
                        "required policy parameter file is missing");
            }
        }
        return result;
    }

    private List<Path> yamlFiles() {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PolicyFileException(directory.toString(), "(directory)", "cannot be listed: " + e.getMessage());
        }
    }

    private void readIndex(Path file) {
        Fields top = new Fields(file, "", mapping(file, compose(file), "(document)"));
        top.allowOnly("description", "documentation", "metadata");
        top.requiredText("description");
        top.optionalText("documentation");
        if (top.has("metadata")) {
            Fields meta = top.mapping("metadata");
            meta.allowOnly("reference", "unit");
            meta.optionalText("reference");
            meta.optionalText("unit");
        }
    }

    private <T> Parameter<T> readParameter(Path file, ParameterKey<T> key) {
        if (file.getFileName().toString().endsWith(".yml")) {
            throw new PolicyFileException(file.toString(), "(file)", "parameter files end in .yaml");
        }
        Fields top = new Fields(file, "", mapping(file, compose(file), "(document)"));
        top.allowOnly("description", "documentation", "metadata", "values");
        String description = top.requiredText("description");
        top.optionalText("documentation");
        Fields meta = top.mapping("metadata");
        meta.allowOnly("reference", "unit");
        String reference = meta.requiredText("reference");
        String unit = meta.requiredText("unit");
        Fields values = top.mapping("values");
        if (values.tuples().isEmpty()) {
            throw new PolicyFileException(file.toString(), "values", line(values.node), "at least one dated value is required");
        }
        List<ParameterValue<T>> dated = new ArrayList<>();
        LocalDate previous = null;
        for (NodeTuple t : values.tuples()) {
            String dateText = text(file, t.getKeyNode(), "values.(key)");
            String path = "values." + dateText;
            LocalDate from = date(file, path, dateText, line(t.getKeyNode()));
            if (previous != null && !from.isAfter(previous)) {
                throw new PolicyFileException(file.toString(), path, line(t.getKeyNode()),
                        "dated values must be in ascending date order, each date once (the dates may not overlap)");
            }
            previous = from;
            Fields entry = new Fields(file, path + ".", mapping(file, t.getValueNode(), path));
            entry.allowOnly("value", "metadata");
            T value = value(file, path + ".value", entry.scalar("value"), key.type());
            String valueReference = reference;
            if (entry.has("metadata")) {
                Fields vm = entry.mapping("metadata");
                vm.allowOnly("reference");
                valueReference = vm.requiredText("reference");
            }
            dated.add(new ParameterValue<>(key.key(), value, from, valueReference));
        }
        return new Parameter<>(key.key(), description, unit, reference, dated);
    }

    private static <T> T value(Path file, String path, ScalarNode node, ValueType<T> type) {
        if (isNull(node)) {
            return null;
        }
        try {
            return type.parse(node.getValue().strip());
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(file.toString(), path, line(node), e.getMessage());
        }
    }

    private static LocalDate date(Path file, String path, String text, int line) {
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("shape", text, 0);
            }
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new PolicyFileException(file.toString(), path, line, "expected a date yyyy-MM-dd, got \"" + text + "\"");
        }
    }

    private static Node compose(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1_000_000);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(options)).compose(reader);
            if (node == null) {
                throw new PolicyFileException(file.toString(), "(document)", "the file is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "(syntax)"
                    : "(syntax, line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
            throw new PolicyFileException(file.toString(), where, "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PolicyFileException(file.toString(), "(syntax)", "malformed YAML: " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new PolicyFileException(file.toString(), "(file)", "not UTF-8 text");
        } catch (IOException e) {
            throw new PolicyFileException(file.toString(), "(file)", "cannot be read: " + e.getMessage());
        }
    }

    private static MappingNode mapping(Path file, Node node, String path) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw new PolicyFileException(file.toString(), path, line(node), "expected a mapping of keys, got " + describe(node));
    }

    private static String text(Path file, Node node, String path) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new PolicyFileException(file.toString(), path, line(node), "expected a plain value, got " + describe(node));
    }

    /** The line a node starts on (1 = the first). */
    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static boolean isNull(ScalarNode s) {
        return s.isPlain() && PLAIN_NULLS.contains(s.getValue());
    }

    private static String describe(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "a mapping";
            case sequence -> "a list";
            case scalar -> "\"" + ((ScalarNode) node).getValue() + "\"";
            default -> "an alias";
        };
    }

    /** The keys of one mapping, with the dotted path prefix used in messages. */
    private static final class Fields {
        private final Path file;
        private final String prefix;
        private final MappingNode node;
        private final Map<String, Node> byKey = new LinkedHashMap<>();
        private final Map<String, Node> keyNodes = new LinkedHashMap<>();

        Fields(Path file, String prefix, MappingNode node) {
            this.file = file;
            this.prefix = prefix;
            this.node = node;
            for (NodeTuple t : node.getValue()) {
                String k = text(file, t.getKeyNode(), prefix + "(key)");
                if (byKey.put(k, t.getValueNode()) != null) {
                    throw new PolicyFileException(file.toString(), prefix + k, line(t.getKeyNode()), "duplicate key");
                }
                keyNodes.put(k, t.getKeyNode());
            }
        }

        List<NodeTuple> tuples() {
            return node.getValue();
        }

        boolean has(String key) {
            return byKey.containsKey(key);
        }

        void allowOnly(String... keys) {
            Set<String> allowed = Set.of(keys);
            for (String k : byKey.keySet()) {
                if (!allowed.contains(k)) {
                    throw new PolicyFileException(file.toString(), prefix + k, line(keyNodes.get(k)),
                            "unknown key (allowed: " + String.join(", ", keys) + ")");
                }
            }
        }

        ScalarNode scalar(String key) {
            Node n = byKey.get(key);
            if (n == null) {
                throw new PolicyFileException(file.toString(), prefix + key, line(node), "required key is missing");
            }
            if (n instanceof ScalarNode s) {
                return s;
            }
            throw new PolicyFileException(file.toString(), prefix + key, line(n), "expected a plain value, got " + describe(n));
        }

        String requiredText(String key) {
            ScalarNode s = scalar(key);
            if (isNull(s) || s.getValue().isBlank()) {
                throw new PolicyFileException(file.toString(), prefix + key, line(s), "expected a non-empty text");
            }
            return s.getValue();
        }

        void optionalText(String key) {
            if (has(key)) {
                requiredText(key);
            }
        }

        Fields mapping(String key) {
            Node n = byKey.get(key);
            if (n == null) {
                throw new PolicyFileException(file.toString(), prefix + key, line(node), "required key is missing");
            }
            return new Fields(file, prefix + key + ".", PolicyFileReader.mapping(file, n, prefix + key));
        }
    }
}
