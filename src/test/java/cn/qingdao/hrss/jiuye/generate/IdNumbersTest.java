package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    /** ISO 7064 MOD 11-2 computed the textbook way: weight 2^(17-i) mod 11, check (12 - sum mod 11) mod 11. */
    static char expectedCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Test
    void standardExampleOfGb11643HasCheckCharacterX() {
        assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
    }

    @Test
    void generatedNumbersCarryTheirRegionBirthDateAndCorrectCheckCharacter() {
        Random rnd = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(365 * 55));
            String id = IdNumbers.of("370211", birth, rnd.nextInt(1000));
            assertThat(id).hasSize(18).startsWith("370211");
            assertThat(LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                    .isEqualTo(birth);
            assertThat(id.charAt(17)).isEqualTo(expectedCheck(id.substring(0, 17)));
        }
    }

    @Test
    void wrongCheckCharacterIsReallyWrong() {
        String id = IdNumbers.of("370202", LocalDate.of(1994, 9, 5), 977);
        String wrong = IdNumbers.withWrongCheck(id);
        assertThat(wrong.substring(0, 17)).isEqualTo(id.substring(0, 17));
        assertThat(wrong.charAt(17)).isNotEqualTo(expectedCheck(id.substring(0, 17)));
    }

    @Test
    void personPoolHandsOutValidDistinctNumbersOfTheDistrictMostly() {
        PersonPool pool = new PersonPool("370203", 1, 99);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int own = 0;
        for (int i = 0; i < 600; i++) {
            Person p = pool.next(cn.qingdao.hrss.jiuye.domain.PersonCategory.values()[i % 3]);
            assertThat(p.id().charAt(17)).isEqualTo(expectedCheck(p.id().substring(0, 17)));
            assertThat(seen.add(p.id())).isTrue();
            assertThat(p.name()).hasSizeBetween(2, 3);
            own += p.id().startsWith("370203") ? 1 : 0;
        }
        assertThat(own).isBetween(450, 560);
    }
}
