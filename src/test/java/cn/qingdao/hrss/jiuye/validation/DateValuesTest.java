package cn.qingdao.hrss.jiuye.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.qingdao.hrss.jiuye.validation.Cells.assertParsed;
import static cn.qingdao.hrss.jiuye.validation.Cells.cell;

/** Dates and months, rules §4. */
class DateValuesTest {

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 2024-03-05            | 2024-03-05
            TEXT    | 2024-3-5              | 2024-03-05
            TEXT    | 2024/3/5              | 2024-03-05
            TEXT    | 2024/03/05            | 2024-03-05
            TEXT    | 2024.3.5              | 2024-03-05
            TEXT    | 2024/3/5 00:00:00     | 2024-03-05
            TEXT    | 2024-03-05 08:30      | 2024-03-05
            TEXT    | 2024.3.5 23:59:59.999 | 2024-03-05
            TEXT    | 2024-03-05T00:00:00   | 2024-03-05
            TEXT    | 20240305              | 2024-03-05
            TEXT    | 2024年3月5日           | 2024-03-05
            TEXT    | 2024年03月05日         | 2024-03-05
            TEXT    | ２０２４－０３－０５      | 2024-03-05
            TEXT    | '  2024-03-05  '      | 2024-03-05
            TEXT    | 2024-02-29            | 2024-02-29
            TEXT    | 2000-02-29            | 2000-02-29
            TEXT    | 2023-02-29            | INVALID_DATE
            TEXT    | 1900-02-29            | INVALID_DATE
            TEXT    | 20230229              | INVALID_DATE
            TEXT    | 2023年2月29日          | INVALID_DATE
            TEXT    | 2024-04-31            | INVALID_DATE
            TEXT    | 2024-13-01            | INVALID_DATE
            TEXT    | 2024-00-10            | INVALID_DATE
            TEXT    | 2024/03-05            | INVALID_DATE
            TEXT    | 2024-003-05           | INVALID_DATE
            TEXT    | 24-3-5                | INVALID_DATE
            TEXT    | 2024-03-05x           | INVALID_DATE
            TEXT    | 2024-03-05 25:00      | INVALID_DATE
            TEXT    | 2024-03-05 00         | INVALID_DATE
            TEXT    | 2024年3月5日 00:00     | INVALID_DATE
            TEXT    | 1899-12-31            | INVALID_DATE
            TEXT    | 2024-03               | INVALID_DATE
            TEXT    | 三月五日                | INVALID_DATE
            NUMBER  | 45356                 | 2024-03-05
            DATE    | 45356                 | 2024-03-05
            DATE    | 45356.75              | 2024-03-05
            NUMBER  | 1                     | 1900-01-01
            NUMBER  | 59                    | 1900-02-28
            NUMBER  | 60                    | INVALID_DATE
            NUMBER  | 61                    | 1900-03-01
            NUMBER  | 2958465               | 9999-12-31
            NUMBER  | 2958466               | INVALID_DATE
            NUMBER  | 0                     | INVALID_DATE
            NUMBER  | -5                    | INVALID_DATE
            NUMBER  | 20240305              | 2024-03-05
            DATE    | 20240305              | 2024-03-05
            NUMBER  | 20240229              | 2024-02-29
            NUMBER  | 20230229              | INVALID_DATE
            NUMBER  | 20241301              | INVALID_DATE
            BOOLEAN | TRUE                  | INVALID_DATE
            ERROR   | #VALUE!               | INVALID_DATE
            BLANK   |                       | MISSING_VALUE
            TEXT    | '　'                   | MISSING_VALUE
            """)
    void readsDates(String kind, String value, String expected) {
        assertParsed(Values.date(cell(kind, value)), expected);
    }

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 2024-03               | 2024-03
            TEXT    | 2024/3                | 2024-03
            TEXT    | 2024.3                | 2024-03
            TEXT    | 2024.10               | 2024-10
            TEXT    | 202403                | 2024-03
            TEXT    | 2024年3月              | 2024-03
            TEXT    | ２０２４－０３           | 2024-03
            TEXT    | 2024-03-05            | 2024-03
            TEXT    | 2024/3/5 00:00:00     | 2024-03
            TEXT    | 20240305              | 2024-03
            TEXT    | 2024年3月5日           | 2024-03
            TEXT    | 2024-13               | INVALID_MONTH
            TEXT    | 2024-00               | INVALID_MONTH
            TEXT    | 202413                | INVALID_MONTH
            TEXT    | 2024年13月             | INVALID_MONTH
            TEXT    | 2024-3-32             | INVALID_MONTH
            TEXT    | 2023-02-29            | INVALID_MONTH
            TEXT    | 2024                  | INVALID_MONTH
            TEXT    | 2024-03-              | INVALID_MONTH
            TEXT    | 3月                    | INVALID_MONTH
            NUMBER  | 202403                | 2024-03
            DATE    | 202403                | 2024-03
            NUMBER  | 202413                | INVALID_MONTH
            NUMBER  | 20240305              | 2024-03
            NUMBER  | 45356                 | 2024-03
            DATE    | 45352                 | 2024-03
            NUMBER  | 2024.3                | INVALID_MONTH
            NUMBER  | 60                    | INVALID_MONTH
            BOOLEAN | FALSE                 | INVALID_MONTH
            BLANK   |                       | MISSING_VALUE
            """)
    void readsMonths(String kind, String value, String expected) {
        assertParsed(Values.month(cell(kind, value)), expected);
    }
}
