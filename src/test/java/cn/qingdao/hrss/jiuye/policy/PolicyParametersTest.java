package cn.qingdao.hrss.jiuye.policy;

import static cn.qingdao.hrss.jiuye.policy.Rows.d;
import static cn.qingdao.hrss.jiuye.policy.Rows.money;
import static cn.qingdao.hrss.jiuye.policy.Rows.ym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyParametersTest {

    @TempDir
    Path temp;

    @Test
    void realParametersLoadWithTheValuesOfRules5() {
        PolicyParameters p = PolicyParameters.loadDefault();
        var on = d("2025-07-15");

        assertThat(p.all()).hasSize(ParameterKey.ALL.size());
        assertThat(p.at(ParameterKey.STARTUP_AMOUNT_SMALL_MICRO, on).value()).hasToString("12000.00");
        assertThat(p.at(ParameterKey.STARTUP_AMOUNT_INDIVIDUAL, on).value()).hasToString("2000.00");
        assertThat(p.at(ParameterKey.STARTUP_OPERATING_MONTHS, on).value()).isEqualTo(12);
        assertThat(p.at(ParameterKey.STARTUP_GRADUATE_WINDOW_YEARS, on).value()).isEqualTo(2);
        assertThat(p.at(ParameterKey.EMPLOYER_GRADUATE_WINDOW_YEARS, on).value()).isEqualTo(2);
        assertThat(p.at(ParameterKey.EMPLOYER_CONTRACT_MIN_YEARS, on).value()).isEqualTo(1);
        assertThat(p.at(ParameterKey.EMPLOYER_CLAIM_WINDOW_MONTHS, on).value()).isEqualTo(12);
        assertThat(p.at(ParameterKey.EMPLOYER_CAP_MONTHS_DIFFICULT, on).value()).isEqualTo(36);
        assertThat(p.at(ParameterKey.EMPLOYER_CAP_MONTHS_GRADUATE, on).value()).isEqualTo(12);
        assertThat(p.at(ParameterKey.FLEXIBLE_RATE, on).value()).isEqualTo(new Fraction(2, 3));
        assertThat(p.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, on).value()).hasToString("500.00");
        assertThat(p.at(ParameterKey.FLEXIBLE_CAP_MONTHS_DIFFICULT, on).value()).isEqualTo(36);
        assertThat(p.at(ParameterKey.FLEXIBLE_CAP_MONTHS_GRADUATE, on).value()).isEqualTo(24);
        assertThat(p.at(ParameterKey.FLEXIBLE_GRADUATE_WINDOW_MONTHS, on).value()).isEqualTo(24);
        for (Parameter<?> parameter : p.all()) {
            assertThat(parameter.description()).as(parameter.key()).contains(" / ");
            assertThat(parameter.values()).as(parameter.key()).singleElement().satisfies(v -> {
                assertThat(v.effectiveFrom()).isEqualTo(d("2025-01-01"));
                assertThat(v.reference()).contains("青岛日报 2025-05-06", "rules §5");
            });
        }
    }

    @Test
    void everyFolderHasAnIndex() throws IOException {
        try (Stream<Path> dirs = Files.walk(PolicyParameters.DEFAULT_DIRECTORY)) {
            assertThat(dirs.filter(Files::isDirectory)).allSatisfy(dir -> assertThat(dir.resolve("index.yaml")).exists());
        }
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("flexible/rate.yaml", rate("abc"),
                        "flexible/rate.yaml: values.2025-01-01.value: expected a fraction like 2/3, got \"abc\""),
                Arguments.of("flexible/rate.yaml", rate("0.6667"),
                        "flexible/rate.yaml: values.2025-01-01.value: expected a fraction like 2/3, got \"0.6667\""),
                Arguments.of("flexible/rate.yaml", rate("2/0"),
                        "flexible/rate.yaml: values.2025-01-01.value: expected a fraction like 2/3, got \"2/0\""),
                Arguments.of("startup/operating_months.yaml", count("12.5"),
                        "startup/operating_months.yaml: values.2025-01-01.value: expected a non-negative whole number, got \"12.5\""),
                Arguments.of("startup/operating_months.yaml", count("[12]"),
                        "startup/operating_months.yaml: values.2025-01-01.value: expected a plain value, got a list"),
                Arguments.of("flexible/monthly_max.yaml", moneyFile("500.001"),
                        "flexible/monthly_max.yaml: values.2025-01-01.value: expected an amount in yuan with at most two decimals"),
                Arguments.of("flexible/monthly_max.yaml", moneyFile("-500"),
                        "flexible/monthly_max.yaml: values.2025-01-01.value: expected an amount"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-13-01:\n    value: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-13-01: expected a date yyyy-MM-dd, got \"2025-13-01\""),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-1-1:\n    value: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-1-1: expected a date yyyy-MM-dd"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-02-29:\n    value: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-02-29: expected a date yyyy-MM-dd"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "foo: 1\n" + VALUES_500,
                        "flexible/monthly_max.yaml: foo: unknown key"),
                Arguments.of("flexible/monthly_max.yaml", HEAD,
                        "flexible/monthly_max.yaml: values: required key is missing"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values: {}\n",
                        "flexible/monthly_max.yaml: values: at least one dated value is required"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-01-01:\n    amount: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-01-01.amount: unknown key"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-01-01:\n    metadata: {reference: x}\n",
                        "flexible/monthly_max.yaml: values.2025-01-01.value: required key is missing"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-01-01:\n    value: 500.00\n"
                                + "    metadata: {reference: x, source: y}\n",
                        "flexible/monthly_max.yaml: values.2025-01-01.metadata.source: unknown key"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-01-01: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-01-01: expected a mapping of keys, got \"500.00\""),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2026-01-01:\n    value: 600.00\n"
                                + "  2025-01-01:\n    value: 500.00\n",
                        "flexible/monthly_max.yaml: values.2025-01-01: dated values must be in ascending date order"),
                Arguments.of("flexible/monthly_max.yaml", "description: x\nmetadata: {unit: currency-CNY}\n" + VALUES_500,
                        "flexible/monthly_max.yaml: metadata.reference: required key is missing"),
                Arguments.of("flexible/monthly_max.yaml", "description: x\ndescription: y\n" + META + VALUES_500,
                        "flexible/monthly_max.yaml: description: duplicate key"),
                Arguments.of("flexible/monthly_max.yaml", HEAD + "values:\n  2025-01-01:\n    value: [500\n",
                        "flexible/monthly_max.yaml: (syntax, line "),
                Arguments.of("flexible/monthly_max.yaml", "",
                        "flexible/monthly_max.yaml: (document): the file is empty"),
                Arguments.of("flexible/index.yaml", "description: x\nlabel: y\n",
                        "flexible/index.yaml: label: unknown key"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("malformedFiles")
    void malformedFileFailsNamingFileAndKey(String file, String content, String expected) {
        Path dir = copyOfRealParameters();
        write(dir.resolve(file), content);

        assertThatThrownBy(() -> PolicyParameters.load(dir))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(dir.resolve(file).toString() + ":")
                .hasMessageContaining(dir.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':')));
    }

    @Test
    void missingRequiredParameterIsNamed() throws IOException {
        Path dir = copyOfRealParameters();
        Files.delete(dir.resolve("startup/operating_months.yaml"));

        assertThatThrownBy(() -> PolicyParameters.load(dir))
                .isInstanceOf(PolicyFileException.class)
                .hasMessage(dir.resolve("startup/operating_months.yaml")
                        + ": startup.operating_months: required policy parameter file is missing");
    }

    @Test
    void unknownParameterFileIsRefused() {
        Path dir = copyOfRealParameters();
        write(dir.resolve("flexible/rates.yaml"), rate("2/3"));

        assertThatThrownBy(() -> PolicyParameters.load(dir))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(dir.resolve("flexible/rates.yaml") + ": (file): not a known policy parameter");
    }

    @Test
    void messageForTheRealLayoutReadsAsDocumented() {
        Path dir = copyOfRealParameters();
        write(dir.resolve("flexible/rate.yaml"), rate("abc"));

        assertThatThrownBy(() -> PolicyParameters.load(dir)).hasMessage(dir.resolve("flexible/rate.yaml")
                + ": values.2025-01-01.value: expected a fraction like 2/3, got \"abc\" (line 7)");
    }

    @Test
    void valueInForceIsPickedByDate() {
        Path dir = copyOfRealParameters();
        write(dir.resolve("flexible/monthly_max.yaml"), HEAD + VALUES_500
                + "  2026-01-01:\n    value: 600.00\n    metadata:\n      reference: a later round\n"
                + "  2027-01-01:\n    value: null\n");
        PolicyParameters p = PolicyParameters.load(dir);

        assertThat(p.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, d("2025-12-31")).value()).hasToString("500.00");
        ParameterValue<BigDecimal> later = p.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, d("2026-01-01"));
        assertThat(later.value()).hasToString("600.00");
        assertThat(later.effectiveFrom()).isEqualTo(d("2026-01-01"));
        assertThat(later.reference()).isEqualTo("a later round");
        // before every defined value: the earliest one (no earlier round is defined, rules §6)
        assertThat(p.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, d("2019-01-01")).value()).hasToString("500.00");
        // a value that ends
        assertThat(p.parameter(ParameterKey.FLEXIBLE_MONTHLY_MAX).inForceOn(d("2027-01-01")).value()).isNull();
        assertThatThrownBy(() -> p.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, d("2027-06-30")))
                .isInstanceOf(ParameterNotInForceException.class)
                .hasMessageContaining("flexible.monthly_max is not in force on 2027-06-30");
    }

    @Test
    void rulesUseTheParametersInForceOnTheApplicationDate() {
        Path dir = copyOfRealParameters();
        write(dir.resolve("flexible/monthly_max.yaml"), HEAD + VALUES_500 + "  2026-01-01:\n    value: 600.00\n");
        FlexibleRules rules = new FlexibleRules(PolicyParameters.load(dir));
        FlexibleApplication in2025 = Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-10"),
                ym("2025-10"), money("1200.00"), d("2025-12-31"));
        FlexibleApplication in2026 = Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-10"),
                ym("2025-10"), money("1200.00"), d("2026-01-01"));

        assertThat(rules.decide(in2025, Quarter.parse("2025Q4"), Set.of()).amount()).hasToString("500.00");
        assertThat(rules.decide(in2026, Quarter.parse("2026Q1"), Set.of()).amount()).hasToString("600.00");
    }

    @Test
    void missingDirectoryIsNamed() {
        assertThatThrownBy(() -> PolicyParameters.load(temp.resolve("nowhere")))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("nowhere: (directory): not a directory");
    }

    private static final String META = "metadata:\n  reference: test\n  unit: currency-CNY\n";
    private static final String HEAD = "description: test\n" + META;
    private static final String VALUES_500 = "values:\n  2025-01-01:\n    value: 500.00\n";

    private static String rate(String value) {
        return "description: rate\nmetadata:\n  reference: test\n  unit: /1\nvalues:\n  2025-01-01:\n    value: " + value + "\n";
    }

    private static String count(String value) {
        return "description: months\nmetadata:\n  reference: test\n  unit: month\nvalues:\n  2025-01-01:\n    value: " + value + "\n";
    }

    private static String moneyFile(String value) {
        return HEAD + "values:\n  2025-01-01:\n    value: " + value + "\n";
    }

    private Path copyOfRealParameters() {
        Path target = temp.resolve("policy");
        try (Stream<Path> files = Files.walk(PolicyParameters.DEFAULT_DIRECTORY)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(PolicyParameters.DEFAULT_DIRECTORY.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
