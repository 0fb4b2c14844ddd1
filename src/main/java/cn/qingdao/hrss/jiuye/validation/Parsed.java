package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

import java.util.Objects;

/**
 * The result of reading one cell as a value of rules §4: either the value or the field code of
 * rules §5.4 (or {@code INVALID_NUMBER} of rules §7 for counts) saying why it could not be read.
 * Exactly one of the two is non-null.
 */
public record Parsed<T>(T value, ReasonCode error) {

    public Parsed {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error must be set");
        }
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Parsed<T> failure(ReasonCode error) {
        return new Parsed<>(null, Objects.requireNonNull(error, "error"));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The value, or null when the cell could not be read. */
    public T orNull() {
        return value;
    }
}
