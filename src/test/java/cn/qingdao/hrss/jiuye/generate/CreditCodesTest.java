package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.EmployerType;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** GB 32100 computed independently: weight 3^i mod 31, check = 31 - sum mod 31 (31 is 0). */
    static char expectedCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    @Test
    void generatedCodesUseOnlyTheAlphabetAndHaveTheRightCheckCharacter() {
        for (String kind : new String[] {CreditCodes.ENTERPRISE, CreditCodes.INDIVIDUAL, CreditCodes.SOCIAL_ORGANISATION}) {
            for (long serial = 0; serial < 3_000; serial += 7) {
                String code = CreditCodes.of(kind, "370285", 12_340_000 + serial);
                assertThat(code).hasSize(18).startsWith(kind + "370285").matches("[" + CHARS + "]{18}");
                assertThat(code.charAt(17)).isEqualTo(expectedCheck(code.substring(0, 17)));
            }
        }
    }

    @Test
    void wrongCheckCharacterIsReallyWrong() {
        String code = CreditCodes.of(CreditCodes.ENTERPRISE, "370202", 55_667_788);
        String wrong = CreditCodes.withWrongCheck(code);
        assertThat(wrong).hasSize(18);
        assertThat(wrong.charAt(17)).isNotEqualTo(expectedCheck(code.substring(0, 17)));
    }

    @Test
    void businessPoolNeverRepeatsACode() {
        BusinessPool pool = new BusinessPool("370211", "黄岛区", 5);
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            Business b = pool.employer(cn.qingdao.hrss.jiuye.domain.EmployerType.values()[i % 3]);
            assertThat(codes.add(b.creditCode())).isTrue();
            assertThat(b.creditCode().charAt(17)).isEqualTo(expectedCheck(b.creditCode().substring(0, 17)));
        }
    }
}
