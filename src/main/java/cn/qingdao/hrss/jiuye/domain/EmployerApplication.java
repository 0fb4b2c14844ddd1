package cn.qingdao.hrss.jiuye.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A row of 吸纳就业社保补贴 (rules §3.3). {@code contractEnd} null means an open-ended contract
 * (the cell was blank or 无固定期限).
 */
public record EmployerApplication(
        String employerName,
        String creditCode,
        EmployerType employerType,
        String name,
        String idNumber,
        PersonCategory category,
        LocalDate graduationDate,
        LocalDate contractStart,
        LocalDate contractEnd,
        Boolean employmentRegistered,
        YearMonth startMonth,
        YearMonth endMonth,
        BigDecimal monthlyAmount,
        LocalDate applicationDate) implements Application {

    @Override
    public Subsidy subsidy() {
        return Subsidy.EMPLOYER;
    }

    public boolean openEnded() {
        return contractEnd == null;
    }
}
