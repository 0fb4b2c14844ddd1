package cn.qingdao.hrss.jiuye.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused cover's value is quoted only when it is a short code or quarter, never a name or an ID. */
class CoverValueEchoTest {

    @Test
    void districtCodesAndQuartersAreQuoted() {
        assertThat(Refusal.quoted("370299")).isEqualTo("'370299'");
        assertThat(Refusal.quoted("2024年第四季度")).isEqualTo("'2024年第四季度'");
        assertThat(Refusal.quoted("2024-Q4")).isEqualTo("'2024-Q4'");
    }

    @Test
    void idNumbersNamesAndLongTextAreDescribedNotQuoted() {
        assertThat(Refusal.quoted("37020219900307123X")).isEqualTo("(a value of 18 characters)");
        assertThat(Refusal.quoted("王璐")).isEqualTo("(a value of 2 characters)");
        assertThat(Refusal.quoted("x".repeat(40_000))).isEqualTo("(a value of 40000 characters)");
    }

    @Test
    void blankIsSaidSo() {
        assertThat(Refusal.quoted(null)).isEqualTo("(blank)");
    }
}
