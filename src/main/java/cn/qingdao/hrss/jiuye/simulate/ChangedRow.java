package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.math.BigDecimal;

/**
 * A row whose outcome, months or amount differs under the simulated parameters, identified as the
 * district's clerk finds it (district, sheet, row number as Excel shows it) and without any personal data.
 *
 * @param cause the parameter that made the difference ({@link PolicyDifference#cause})
 */
public record ChangedRow(String districtCode, Subsidy subsidy, int rowNumber, Side current, Side simulated, String cause) {

    /** One decision of the row: outcome, months kept, amount and reason codes ({@code ;}-separated, or null). */
    public record Side(String outcome, int months, BigDecimal amount, String reasonCodes) {
    }
}
