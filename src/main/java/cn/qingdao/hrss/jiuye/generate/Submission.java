package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one district's sample workbook holds (rules §3): cover, planned rows per subsidy and
 * statistics ({@code statistics[indicator][0..2]} months, {@code [3]} the quarter total).
 */
record Submission(District district, Quarter quarter, DistrictStyle style, String filer, String phone,
                  LocalDate filed, Map<Subsidy, List<SampleRow>> rows, long[][] statistics) {

    String fileName() {
        return district.code() + "_" + quarter + "." + style.extension();
    }
}
