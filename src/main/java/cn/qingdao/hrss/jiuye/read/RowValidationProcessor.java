package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and field-checks a data row with its sheet's validator (rules §4, §5.4) — every row comes out
 * typed, with a field error per bad cell — and puts it in the form it is stored in
 * ({@link ApplicationStore#staged}). A failure nobody foresaw refuses the whole file
 * ({@link SubmissionRowsReader#abort}), as reading would, and the row is not kept.
 */
public class RowValidationProcessor implements ItemProcessor<SheetRow, StagedApplication> {

    private final Quarter quarter;
    private final SubmissionRowsReader reader;
    private final ApplicationStore store;
    private final long submissionId;
    private final String districtCode;
    private final Map<Subsidy, RowValidator<? extends Application>> validators = new EnumMap<>(Subsidy.class);

    public RowValidationProcessor(Quarter quarter, SubmissionRowsReader reader, ApplicationStore store, long submissionId,
                                  String districtCode) {
        this.quarter = quarter;
        this.reader = reader;
        this.store = store;
        this.submissionId = submissionId;
        this.districtCode = districtCode;
        for (Subsidy subsidy : Subsidy.values()) {
            validators.put(subsidy, RowValidator.of(subsidy));
        }
    }

    @Override
    public StagedApplication process(SheetRow row) {
        try {
            return store.staged(submissionId, districtCode, validators.get(row.subsidy()).read(row.row(), quarter));
        } catch (RuntimeException e) {
            reader.abort(e);
            return null;
        }
    }
}
