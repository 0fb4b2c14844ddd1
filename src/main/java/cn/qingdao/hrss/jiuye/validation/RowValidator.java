package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;

import java.util.Map;
import java.util.Set;

/** Reads and field-checks the rows of one subsidy sheet (rules §3.2–3.4, §4, §5.4). Stateless, thread-safe. */
public interface RowValidator<A extends Application> {

    /** The sheet and its columns, in the order {@link DataRow#cells()} follows. */
    SheetSpec sheet();

    Subsidy subsidy();

    /**
     * The columns whose value is one of a list (rules §3.2–3.4, §4), with the labels a district
     * template offers, in order: the choices, and {@link Values#YES_NO_LABELS} for a yes/no column.
     */
    Map<String, Set<String>> choices();

    /**
     * @param row     a data row of {@link #sheet()}
     * @param quarter the quarter being run: ID birth dates may not be later than its last day
     */
    ValidatedRow<A> read(DataRow row, Quarter quarter);

    /** The validator of a subsidy's sheet. */
    static RowValidator<? extends Application> of(Subsidy subsidy) {
        return switch (subsidy) {
            case STARTUP -> new StartupRowValidator();
            case EMPLOYER -> new EmployerRowValidator();
            case FLEXIBLE -> new FlexibleRowValidator();
        };
    }
}
