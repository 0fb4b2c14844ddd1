package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What one district's first sample quarter approved, kept so the second quarter can come back to
 * it (rules §5: once-only start-up subsidy, months already paid, lifetime caps).
 */
final class Ledger {

    /** An approved start-up subsidy. */
    record Startup(Person person, PersonCategory category, Business business) {
    }

    /** An approved social-insurance claim whose months were all kept. */
    record Claim(Person person, Business employer, LocalDate contractStart, LocalDate registered,
                 YearMonth from, YearMonth to) {
    }

    final List<Startup> startups = new ArrayList<>();
    /** Employer claims of 就业困难人员 (for months already paid). */
    final List<Claim> employerPaid = new ArrayList<>();
    /** Employer claims of 高校毕业生 graduated 2023-06-30 holding 11 months (for the 12-month cap). */
    final List<Claim> employerGraduateCap = new ArrayList<>();
    /** Flexible claims of 就业困难人员 (for months already paid). */
    final List<Claim> flexiblePaid = new ArrayList<>();
    /** Flexible claims of 就业困难人员 holding 33 months (for the 36-month cap). */
    final List<Claim> flexibleDifficultCap = new ArrayList<>();
    /** Flexible claims, as 就业困难人员, of people who graduated 2023-06-30, holding 22 months (24-month cap). */
    final List<Claim> flexibleGraduateCap = new ArrayList<>();
}
