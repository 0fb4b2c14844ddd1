package cn.qingdao.hrss.jiuye.domain;

import java.time.YearMonth;

/** Months are stored in the database as the integer yyyyMM (202503). */
public final class Months {

    private Months() {
    }

    public static Integer toInt(YearMonth m) {
        return m == null ? null : m.getYear() * 100 + m.getMonthValue();
    }

    public static YearMonth fromInt(Integer yyyymm) {
        return yyyymm == null ? null : YearMonth.of(yyyymm / 100, yyyymm % 100);
    }
}
