package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.EntityType;
import java.time.LocalDate;
import java.util.Random;

/**
 * The seeded businesses and employers of one district, each with a credit code of the district's
 * region that no other business has (rules §3.2, §3.3, §4).
 */
final class BusinessPool {

    private final Random rnd;
    private final String region;
    private final String districtName;
    private final int prefix;
    private int counter;

    BusinessPool(String districtCode, String districtName, long seed) {
        this.rnd = new Random(seed * 17 + Long.parseLong(districtCode) * 3);
        this.region = districtCode;
        this.districtName = districtName;
        this.prefix = 1000 + rnd.nextInt(8000);
    }

    /** A start-up registered on the given date, owned by the given person. */
    Business startup(EntityType type, Person owner, LocalDate registered) {
        boolean individual = type == EntityType.INDIVIDUAL;
        String name = individual ? Names.individualBusiness(rnd, districtName, owner.name()) : Names.enterprise(rnd);
        return new Business(name, code(individual ? CreditCodes.INDIVIDUAL : CreditCodes.ENTERPRISE), registered);
    }

    /** An employer of the given type, registered some years ago. */
    Business employer(EmployerType type) {
        LocalDate registered = LocalDate.of(2008, 1, 1).plusDays(rnd.nextInt(365 * 14));
        return switch (type) {
            case SMALL_MICRO -> new Business(Names.enterprise(rnd), code(CreditCodes.ENTERPRISE), registered);
            case SOCIAL_ORGANISATION -> new Business(Names.socialOrganisation(rnd, districtName),
                    code(CreditCodes.SOCIAL_ORGANISATION), registered);
            case OTHER -> new Business(Names.otherEmployer(rnd), code(CreditCodes.ENTERPRISE), registered);
        };
    }

    private String code(String kind) {
        return CreditCodes.of(kind, region, (long) prefix * 10_000 + counter++);
    }
}
