package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.workbook.DataRow;

/** A data row of one of the three subsidy sheets of a submission (rules §3.2–3.4), as read. */
public record SheetRow(Subsidy subsidy, DataRow row) {
}
