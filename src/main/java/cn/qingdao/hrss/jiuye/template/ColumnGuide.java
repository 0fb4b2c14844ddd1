package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.time.format.DateTimeFormatter;

/**
 * What goes into one column of a subsidy sheet of the template (rules §3.2–3.4, §4): its kind, its
 * width in characters, and the input message Excel shows when its header or one of its cells is
 * selected (at most 255 characters, Excel's limit).
 */
record ColumnGuide(ColumnKind kind, int width, String prompt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The guide of a column of rules §3.2–3.4, by its header. */
    static ColumnGuide of(String column, Quarter quarter) {
        return switch (column) {
            case "序号" -> new ColumnGuide(ColumnKind.SEQUENCE, 6, "可不填：程序不读取本列。");
            case "姓名", "职工姓名" -> new ColumnGuide(ColumnKind.TEXT, 12, "必填：与身份证一致的姓名。");
            case "身份证号" -> new ColumnGuide(ColumnKind.ID_NUMBER, 22,
                    "必填：18位身份证号（末位X大小写均可）。本列为文本格式，请勿改为数值，否则末几位会丢失。");
            case "人员类别" -> new ColumnGuide(ColumnKind.CHOICE, 16, "必填：从下拉列表中选择。");
            case "毕业日期" -> new ColumnGuide(ColumnKind.DATE, 13,
                    "人员类别为“高校毕业生”时必填，其他人员可不填。日期格式：2023-07-01。");
            case "主体类型" -> new ColumnGuide(ColumnKind.CHOICE, 14, "必填：从下拉列表中选择。");
            case "主体名称", "单位名称" -> new ColumnGuide(ColumnKind.TEXT, 30, "必填：营业执照或登记证书上的名称。");
            case "统一社会信用代码" -> new ColumnGuide(ColumnKind.CREDIT_CODE, 22,
                    "必填：18位统一社会信用代码（数字和大写字母）。本列为文本格式。");
            case "登记注册日期" -> new ColumnGuide(ColumnKind.DATE, 13, "必填：营业执照登记日期，格式：2024-03-05。");
            case "是否首次在青创业", "是否正常经营", "是否办理就业登记" ->
                    new ColumnGuide(ColumnKind.CHOICE, 10, "必填：从下拉列表中选择“是”或“否”。");
            case "申请日期" -> new ColumnGuide(ColumnKind.APPLICATION_DATE, 13, "必填：须在本季度内（"
                    + quarter.firstDay().format(DAY) + "至" + quarter.lastDay().format(DAY) + "），格式：2025-03-05。");
            case "单位类型" -> new ColumnGuide(ColumnKind.CHOICE, 14, "必填：从下拉列表中选择。");
            case "劳动合同起始日期" -> new ColumnGuide(ColumnKind.DATE, 13, "必填：格式：2024-03-05。");
            case "劳动合同终止日期" -> new ColumnGuide(ColumnKind.CONTRACT_END, 16,
                    "固定期限合同填终止日期（格式：2026-03-04）；无固定期限合同填“无固定期限”或留空。");
            case "补贴起始月", "补贴终止月" -> new ColumnGuide(ColumnKind.MONTH, 11,
                    "必填：年月，格式：2025-03（本列为文本格式）。");
            case "单位月缴社保金额" -> new ColumnGuide(ColumnKind.AMOUNT, 14,
                    "必填：单位为该职工每月缴纳的社会保险费（元），不小于0，最多两位小数。");
            case "灵活就业登记日期" -> new ColumnGuide(ColumnKind.DATE, 13, "必填：格式：2024-03-05。");
            case "月实缴社保金额" -> new ColumnGuide(ColumnKind.AMOUNT, 14,
                    "必填：本人每月实际缴纳的社会保险费（元），不小于0，最多两位小数。");
            default -> throw new IllegalArgumentException("the template has no guide for the column " + column);
        };
    }
}
