package cn.qingdao.hrss.jiuye.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The policy parameters the rules need (rules §5, §6), each a file {@code <key with dots as folders>.yaml}
 * under the parameter directory. Every one is required; a file for any other key is refused.
 */
public final class ParameterKey<T> {

    // rules §5.1
    public static final ParameterKey<BigDecimal> STARTUP_AMOUNT_SMALL_MICRO =
            new ParameterKey<>("startup.amount.small_micro", ValueType.MONEY);
    public static final ParameterKey<BigDecimal> STARTUP_AMOUNT_INDIVIDUAL =
            new ParameterKey<>("startup.amount.individual", ValueType.MONEY);
    public static final ParameterKey<Integer> STARTUP_OPERATING_MONTHS =
            new ParameterKey<>("startup.operating_months", ValueType.COUNT);
    public static final ParameterKey<Integer> STARTUP_GRADUATE_WINDOW_YEARS =
            new ParameterKey<>("startup.graduate_window_years", ValueType.COUNT);

    // rules §5.2
    public static final ParameterKey<Integer> EMPLOYER_GRADUATE_WINDOW_YEARS =
            new ParameterKey<>("employer.graduate_window_years", ValueType.COUNT);
    public static final ParameterKey<Integer> EMPLOYER_CONTRACT_MIN_YEARS =
            new ParameterKey<>("employer.contract_min_years", ValueType.COUNT);
    public static final ParameterKey<Integer> EMPLOYER_CLAIM_WINDOW_MONTHS =
            new ParameterKey<>("employer.claim_window_months", ValueType.COUNT);
    public static final ParameterKey<Integer> EMPLOYER_CAP_MONTHS_DIFFICULT =
            new ParameterKey<>("employer.cap_months.difficult", ValueType.COUNT);
    public static final ParameterKey<Integer> EMPLOYER_CAP_MONTHS_GRADUATE =
            new ParameterKey<>("employer.cap_months.graduate", ValueType.COUNT);

    // rules §5.3
    public static final ParameterKey<Fraction> FLEXIBLE_RATE =
            new ParameterKey<>("flexible.rate", ValueType.FRACTION);
    public static final ParameterKey<BigDecimal> FLEXIBLE_MONTHLY_MAX =
            new ParameterKey<>("flexible.monthly_max", ValueType.MONEY);
    public static final ParameterKey<Integer> FLEXIBLE_CAP_MONTHS_DIFFICULT =
            new ParameterKey<>("flexible.cap_months.difficult", ValueType.COUNT);
    public static final ParameterKey<Integer> FLEXIBLE_CAP_MONTHS_GRADUATE =
            new ParameterKey<>("flexible.cap_months.graduate", ValueType.COUNT);
    public static final ParameterKey<Integer> FLEXIBLE_GRADUATE_WINDOW_MONTHS =
            new ParameterKey<>("flexible.graduate_window_months", ValueType.COUNT);

    /** Every required parameter. */
    public static final List<ParameterKey<?>> ALL = List.of(
            STARTUP_AMOUNT_SMALL_MICRO, STARTUP_AMOUNT_INDIVIDUAL, STARTUP_OPERATING_MONTHS,
            STARTUP_GRADUATE_WINDOW_YEARS, EMPLOYER_GRADUATE_WINDOW_YEARS, EMPLOYER_CONTRACT_MIN_YEARS,
            EMPLOYER_CLAIM_WINDOW_MONTHS, EMPLOYER_CAP_MONTHS_DIFFICULT, EMPLOYER_CAP_MONTHS_GRADUATE,
            FLEXIBLE_RATE, FLEXIBLE_MONTHLY_MAX, FLEXIBLE_CAP_MONTHS_DIFFICULT, FLEXIBLE_CAP_MONTHS_GRADUATE,
            FLEXIBLE_GRADUATE_WINDOW_MONTHS);

    private final String key;
    private final ValueType<T> type;

    private ParameterKey(String key, ValueType<T> type) {
        this.key = key;
        this.type = type;
    }

    /** The dotted key, e.g. {@code flexible.cap_months.graduate}. */
    public String key() {
        return key;
    }

    public ValueType<T> type() {
        return type;
    }

    /** The file of this parameter relative to the parameter directory, e.g. {@code flexible/rate.yaml}. */
    public String relativeFile() {
        return key.replace('.', '/') + ".yaml";
    }

    /** The key whose file is {@code relativeFile} (forward slashes), or null if none is. */
    public static ParameterKey<?> forFile(String relativeFile) {
        for (ParameterKey<?> k : ALL) {
            if (k.relativeFile().equals(relativeFile)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return key;
    }
}
