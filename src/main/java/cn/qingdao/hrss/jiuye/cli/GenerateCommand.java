package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.generate.SyntheticQuarter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code generate} (rules §10): a synthetic quarter for load tests; needs no database. */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static int generate(Quarter quarter, int rowsPerDistrict, Path out, String format, long seed) throws IOException {
        SyntheticQuarter.Format f;
        try {
            f = SyntheticQuarter.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --format must be xlsx or xls, not '" + format + "'");
            return QuarterRunner.USAGE;
        }
        List<Path> files;
        try {
            files = SyntheticQuarter.write(quarter, rowsPerDistrict, out, f, seed);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return QuarterRunner.USAGE;
        }
        System.out.printf("Wrote %d district workbooks of %,d rows each for %s in %s%n", files.size(), rowsPerDistrict, quarter, out);
        return QuarterRunner.OK;
    }
}
