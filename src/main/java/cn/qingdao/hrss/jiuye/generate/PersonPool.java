package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The seeded pool of people of one district. People are handed out in order, never twice, so a
 * second quarter generated after the first meets exactly the same people (same ID numbers).
 * Most IDs carry the district's region code, some an older code of the same area, a few another
 * province's (rules §4: any province code is valid).
 */
final class PersonPool {

    private static final List<String> OUTSIDE = List.of("371302", "410105", "230103", "341102", "130102",
            "371102", "220102", "320106", "371002", "370102", "370725", "211002");

    private final Random rnd;
    private final String region;
    private final String oldRegion;
    private final String outsideRegion;
    private final Set<String> issued = new HashSet<>();

    PersonPool(String districtCode, int districtIndex, long seed) {
        this.rnd = new Random(seed * 31 + Long.parseLong(districtCode));
        this.region = districtCode;
        this.oldRegion = switch (districtCode) {
            case "370211" -> "370284";
            case "370215" -> "370282";
            default -> districtCode;
        };
        this.outsideRegion = OUTSIDE.get(districtIndex % OUTSIDE.size());
    }

    /** A new person of plausible age for the category. */
    Person next(PersonCategory category) {
        int roll = rnd.nextInt(100);
        String r = roll < 86 ? region : roll < 93 ? oldRegion : outsideRegion;
        LocalDate birth = switch (category) {
            case GRADUATE -> LocalDate.of(1998, 1, 1).plusDays(rnd.nextInt(365 * 5));
            case DIFFICULT -> LocalDate.of(1968, 1, 1).plusDays(rnd.nextInt(365 * 20));
            case MIGRANT_RETURNEE -> LocalDate.of(1975, 1, 1).plusDays(rnd.nextInt(365 * 22));
        };
        String id;
        do {
            id = IdNumbers.of(r, birth, rnd.nextInt(1000));
        } while (!issued.add(id.substring(0, 17)));
        boolean male = Character.digit(id.charAt(16), 10) % 2 == 1;
        return new Person(id, Names.person(rnd, male), birth);
    }
}
