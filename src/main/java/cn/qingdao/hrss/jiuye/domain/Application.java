package cn.qingdao.hrss.jiuye.domain;

import java.time.LocalDate;

/**
 * One data row of a subsidy sheet, read and typed (rules §3.2–3.4, §4). Fields that could not be
 * read are null; the rules of rules §5.1–5.3 only ever see rows whose field checks all passed.
 */
public sealed interface Application permits StartupApplication, EmployerApplication, FlexibleApplication {

    Subsidy subsidy();

    /** 身份证号, upper-case; for a row that failed its field checks, the text as read (may be null). */
    String idNumber();

    /** 姓名 (职工姓名 on the employer sheet). */
    String name();

    PersonCategory category();

    /** 毕业日期: read only for 高校毕业生, null otherwise. */
    LocalDate graduationDate();

    LocalDate applicationDate();
}
