package cn.qingdao.hrss.jiuye.generate;

import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;

/**
 * Gives a legacy .xls its document property sets (with a code page), as office software does;
 * without them POI complains on every write.
 */
final class LegacyProperties {

    private LegacyProperties() {
    }

    static void fill(HSSFWorkbook wb, String author) {
        wb.createInformationProperties();
        for (PropertySet set : new PropertySet[] {wb.getSummaryInformation(), wb.getDocumentSummaryInformation()}) {
            set.getFirstSection().setCodepage(CodePageUtil.CP_UTF16);
        }
        if (author != null) {
            wb.getSummaryInformation().setAuthor(author);
        }
    }
}
