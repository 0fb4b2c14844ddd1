package cn.qingdao.hrss.jiuye.domain;

import java.time.LocalDate;

/** A row of 一次性创业补贴 (rules §3.2). */
public record StartupApplication(
        String name,
        String idNumber,
        PersonCategory category,
        LocalDate graduationDate,
        EntityType entityType,
        String entityName,
        String creditCode,
        LocalDate registrationDate,
        Boolean firstBusiness,
        Boolean operating,
        LocalDate applicationDate) implements Application {

    @Override
    public Subsidy subsidy() {
        return Subsidy.STARTUP;
    }
}
