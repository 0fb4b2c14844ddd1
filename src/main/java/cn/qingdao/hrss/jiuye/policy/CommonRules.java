package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/** The eligibility rule every subsidy shares (rules §5). */
final class CommonRules {

    private CommonRules() {
    }

    /** rules §5: the application date (申请日期) must lie inside the quarter being run. */
    static void applicationInQuarter(Application a, Quarter q, Checks checks) {
        checks.check("§5", "application date inside the quarter", q.contains(a.applicationDate()),
                ReasonCode.APPLICATION_OUTSIDE_QUARTER,
                () -> "applied " + a.applicationDate() + ", quarter " + q + " = " + q.firstDay() + ".." + q.lastDay());
    }
}
