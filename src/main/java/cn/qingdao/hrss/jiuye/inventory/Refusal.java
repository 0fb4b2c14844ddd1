package cn.qingdao.hrss.jiuye.inventory;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import java.io.Serializable;

/**
 * Why a file is refused (rules §7), by the inventory or while its sheets are read: the code, the
 * sheet, and the message twice — in English for the operator's log ({@code submission_error.message})
 * and in Chinese for the district's feedback workbook ({@code submission_error.message_zh}). A cover
 * value is quoted only when it is a short code or quarter; whatever else a district wrote there (a
 * name, an ID number, a page of text) is described, never echoed. Serializable: a partition of the read
 * step keeps the refusals it has found in its ExecutionContext.
 */
public record Refusal(ReasonCode code, String sheet, String message, String messageZh) implements Serializable {

    public static Refusal of(WorkbookException e) {
        return new Refusal(e.code(), e.sheet(), e.getMessage(), e.messageZh());
    }

    public static Refusal missingSheet(String fileName, String sheet, boolean noSheetsAtAll) {
        return new Refusal(ReasonCode.MISSING_SHEET, sheet,
                "sheet " + sheet + " is missing" + (noSheetsAtAll ? " (the workbook has no sheets)" : ""),
                "文件“" + fileName + "”缺少工作表“" + sheet + "”" + (noSheetsAtAll ? "（工作簿中没有任何工作表）" : "")
                        + "；请使用统一模板填报后重新报送");
    }

    static Refusal unknownDistrict(String code) {
        return new Refusal(ReasonCode.UNKNOWN_DISTRICT, CoverSheet.SHEET,
                "区市代码 " + quoted(code) + " is not in the district registry",
                "填报信息中的区市代码" + quotedZh(code) + "不在区市名录中；请填写本区市的6位区市代码（如370202）");
    }

    static Refusal quarterMismatch(String stated, Quarter quarter) {
        return new Refusal(ReasonCode.QUARTER_MISMATCH, CoverSheet.SHEET,
                "季度 " + quoted(stated) + " is not the quarter being run, " + quarter,
                "填报信息中的季度" + quotedZh(stated) + "不是本次处理的季度（" + quarter.year() + "年第"
                        + quarter.number() + "季度）；请核对后重新报送");
    }

    static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "(blank)";
        }
        return isPlain(value) ? "'" + value + "'" : "(a value of " + value.length() + " characters)";
    }

    private static String quotedZh(String value) {
        if (value == null || value.isEmpty()) {
            return "（空白）";
        }
        return isPlain(value) ? "“" + value + "”" : "（" + value.length() + "个字符的内容）";
    }

    /** A district code or a quarter as rules §3.1 writes it: at most 12 characters of digits, Q, -, 年第季度 and 一二三四. */
    private static boolean isPlain(String value) {
        if (value.length() > 12) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == 'Q' || c == 'q' || c == '-' || c == ' '
                    || "年第季度一二三四".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
