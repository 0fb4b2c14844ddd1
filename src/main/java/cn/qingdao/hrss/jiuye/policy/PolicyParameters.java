package cn.qingdao.hrss.jiuye.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The dated policy parameters of rules §6, loaded strictly from a directory of OpenFisca-style YAML files
 * (see {@link PolicyFileReader}). Immutable and thread-safe once loaded.
 */
public final class PolicyParameters {

    /** Where the parameters live, relative to the working directory (the project root). */
    public static final Path DEFAULT_DIRECTORY = Path.of("data", "policy");

    private final Path directory;
    private final Map<ParameterKey<?>, Parameter<?>> parameters;

    PolicyParameters(Path directory, Map<ParameterKey<?>, Parameter<?>> parameters) {
        this.directory = directory;
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Loads every required parameter of {@link ParameterKey#ALL} from {@code directory}.
     *
     * @throws PolicyFileException naming the file and key of the first problem found
     */
    public static PolicyParameters load(Path directory) {
        return new PolicyParameters(directory, new PolicyFileReader(directory).readAll());
    }

    public static PolicyParameters loadDefault() {
        return load(DEFAULT_DIRECTORY);
    }

    public Path directory() {
        return directory;
    }

    /** The parameter with all its dated values. */
    @SuppressWarnings("unchecked") // the reader stores for each key a Parameter of that key's type
    public <T> Parameter<T> parameter(ParameterKey<T> key) {
        return (Parameter<T>) parameters.get(key);
    }

    public Collection<Parameter<?>> all() {
        return parameters.values();
    }

    /**
     * The value of {@code key} in force on {@code date} (see {@link Parameter#inForceOn}).
     *
     * @throws ParameterNotInForceException when the value in force is {@code null} (the parameter ended)
     */
    public <T> ParameterValue<T> at(ParameterKey<T> key, LocalDate date) {
        ParameterValue<T> v = parameter(key).inForceOn(date);
        if (v.value() == null) {
            throw new ParameterNotInForceException(key.key(), date, v.effectiveFrom());
        }
        return v;
    }
}
