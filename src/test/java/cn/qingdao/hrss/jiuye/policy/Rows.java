package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/** Named test rows (quarter 2025Q3) and small helpers for the rule tests. */
final class Rows {

    static final Quarter Q3 = Quarter.parse("2025Q3");
    static final PolicyParameters PARAMETERS = PolicyParameters.loadDefault();

    private Rows() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static YearMonth ym(String iso) {
        return YearMonth.parse(iso);
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    /** The months from..to inclusive. */
    static Set<YearMonth> months(String from, String to) {
        Set<YearMonth> s = new LinkedHashSet<>();
        for (YearMonth m = ym(from); !m.isAfter(ym(to)); m = m.plusMonths(1)) {
            s.add(m);
        }
        return s;
    }

    /** A 就业困难人员 who registered a small business on 2024-03-01 and applies on 2025-07-15: approved. */
    static StartupApplication founder() {
        return startup(PersonCategory.DIFFICULT, null, EntityType.SMALL_MICRO, d("2024-03-01"), true, true, d("2025-07-15"));
    }

    static StartupApplication startup(PersonCategory category, LocalDate graduated, EntityType type,
                                      LocalDate registered, boolean first, boolean operating, LocalDate applied) {
        return new StartupApplication("王芳", "370202199003071234", category, graduated, type, "王氏商贸",
                "91370202MA3C8XYZ1Q", registered, first, operating, applied);
    }

    static StartupApplication graduateFounder(LocalDate graduated, LocalDate registered, LocalDate applied) {
        return startup(PersonCategory.GRADUATE, graduated, EntityType.SMALL_MICRO, registered, true, true, applied);
    }

    /**
     * A 就业困难人员 hired by a small firm on an open-ended contract from 2024-09-01, claiming 2025-01..2025-03
     * at 1000.00 a month, applied 2025-07-15 (window 2024-07..2025-06): approved, 3000.00.
     */
    static EmployerApplication hire() {
        return employer(PersonCategory.DIFFICULT, null, EmployerType.SMALL_MICRO, d("2024-09-01"), null, true,
                ym("2025-01"), ym("2025-03"), money("1000.00"), d("2025-07-15"));
    }

    static EmployerApplication employer(PersonCategory category, LocalDate graduated, EmployerType type,
                                       LocalDate contractStart, LocalDate contractEnd, boolean registered,
                                       YearMonth from, YearMonth to, BigDecimal monthly, LocalDate applied) {
        return new EmployerApplication("青岛海信有限公司", "91370202MA3C8XYZ1Q", type, "李娜", "370202199003071234",
                category, graduated, contractStart, contractEnd, registered, from, to, monthly, applied);
    }

    static EmployerApplication hireClaiming(String from, String to) {
        EmployerApplication h = hire();
        return employer(h.category(), h.graduationDate(), h.employerType(), h.contractStart(), h.contractEnd(),
                true, ym(from), ym(to), h.monthlyAmount(), h.applicationDate());
    }

    /** A graduate (2024-06-30) hired by a small firm on an open-ended contract from 2024-09-01. */
    static EmployerApplication graduateHireClaiming(String from, String to) {
        return employer(PersonCategory.GRADUATE, d("2024-06-30"), EmployerType.SMALL_MICRO, d("2024-09-01"), null,
                true, ym(from), ym(to), money("1000.00"), d("2025-07-15"));
    }

    /**
     * A 就业困难人员 registered as flexibly employed on 2025-01-10, claiming 2025-01..2025-06 at 600.00
     * (2/3 = 400.00), applied 2025-07-15: approved, 2400.00.
     */
    static FlexibleApplication freelancer() {
        return flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-01"), ym("2025-06"),
                money("600.00"), d("2025-07-15"));
    }

    static FlexibleApplication flexible(PersonCategory category, LocalDate graduated, LocalDate registered,
                                       YearMonth from, YearMonth to, BigDecimal monthly, LocalDate applied) {
        return new FlexibleApplication("张伟", "370202199003071234", category, graduated, registered, from, to,
                monthly, applied);
    }

    static FlexibleApplication freelancerClaiming(String from, String to) {
        return flexible(PersonCategory.DIFFICULT, null, d("2024-01-10"), ym(from), ym(to), money("600.00"),
                d("2025-07-15"));
    }

    /** A graduate (2023-07-01) registered 2023-07-05, claiming from..to at 600.00, applied 2025-09-15. */
    static FlexibleApplication graduateFreelancerClaiming(String from, String to) {
        return flexible(PersonCategory.GRADUATE, d("2023-07-01"), d("2023-07-05"), ym(from), ym(to), money("600.00"),
                d("2025-09-15"));
    }
}
