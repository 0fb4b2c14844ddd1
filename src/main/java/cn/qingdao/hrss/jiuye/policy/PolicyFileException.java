package cn.qingdao.hrss.jiuye.policy;

/**
 * A policy parameter file that cannot be used (rules §6: "a malformed parameter file stops the program at
 * start with a message naming the file and the key"). The message reads
 * {@code data/policy/flexible/rate.yaml: values.2025-01-01.value: expected a fraction like 2/3, got "abc" (line 8)};
 * the line is given wherever the problem is at a place in the file.
 */
public class PolicyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String key;

    public PolicyFileException(String file, String key, String problem) {
        this(file, key, 0, problem);
    }

    /** @param line the line of the file the problem is on (1 = the first), 0 when it is not at one place */
    public PolicyFileException(String file, String key, int line, String problem) {
        super(file + ": " + key + ": " + problem + (line > 0 ? " (line " + line + ")" : ""));
        this.file = file;
        this.key = key;
    }

    /** The file as it was found under the loaded directory, e.g. {@code data/policy/flexible/rate.yaml}. */
    public String file() {
        return file;
    }

    /** The dotted key inside the file ({@code values.2025-01-01.value}), or a line/column for a syntax error. */
    public String key() {
        return key;
    }
}
