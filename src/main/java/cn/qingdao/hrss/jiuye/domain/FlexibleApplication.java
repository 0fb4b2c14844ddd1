package cn.qingdao.hrss.jiuye.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A row of 灵活就业社保补贴 (rules §3.4). */
public record FlexibleApplication(
        String name,
        String idNumber,
        PersonCategory category,
        LocalDate graduationDate,
        LocalDate flexibleRegistrationDate,
        YearMonth startMonth,
        YearMonth endMonth,
        BigDecimal monthlyAmount,
        LocalDate applicationDate) implements Application {

    @Override
    public Subsidy subsidy() {
        return Subsidy.FLEXIBLE;
    }
}
