package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Nothing is paid twice" (rules §5.2, §5.3): every kept month in the database, once per person and subsidy. */
final class PaidMonths {

    private PaidMonths() {
    }

    /** The (subsidy, ID number, month) kept by more than one decision; empty when none is paid twice. */
    static List<String> paidTwice(JdbcTemplate jdbc) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        jdbc.query("SELECT subsidy, id_number, kept_months FROM decision WHERE kept_months IS NOT NULL", rs -> {
            for (int month : MonthRuns.keptMonths(rs.getString(3))) {
                String key = rs.getString(1) + " " + rs.getString(2) + " " + month;
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        });
        return twice;
    }
}
