package cn.qingdao.hrss.jiuye.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Every non-blank cell of a workbook as "sheet!A1=text as shown", for comparing output workbooks. */
final class WorkbookText {

    private WorkbookText() {
    }

    static List<String> cells(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
