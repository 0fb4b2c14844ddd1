package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import cn.qingdao.hrss.jiuye.validation.ValidatedRow;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and field-checks a data row with its sheet's validator (rules §4, §5.4): every row comes out
 * typed, with a field error per bad cell. A failure nobody foresaw refuses the whole file
 * ({@link SubmissionRowsReader#abort}), as reading would, and the row is not kept.
 */
public class RowValidationProcessor implements ItemProcessor<SheetRow, ValidatedRow<? extends Application>> {

    private final Quarter quarter;
    private final SubmissionRowsReader reader;
    private final Map<Subsidy, RowValidator<? extends Application>> validators = new EnumMap<>(Subsidy.class);

    public RowValidationProcessor(Quarter quarter, SubmissionRowsReader reader) {
        this.quarter = quarter;
        this.reader = reader;
        for (Subsidy subsidy : Subsidy.values()) {
            validators.put(subsidy, RowValidator.of(subsidy));
        }
    }

    @Override
    public ValidatedRow<? extends Application> process(SheetRow row) {
        try {
            return validators.get(row.subsidy()).read(row.row(), quarter);
        } catch (RuntimeException e) {
            reader.abort(e);
            return null;
        }
    }
}
