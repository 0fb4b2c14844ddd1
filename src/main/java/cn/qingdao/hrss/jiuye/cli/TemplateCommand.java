package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.template.DistrictTemplate;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * {@code template}: the blank workbook of a district for a quarter. Needs no database and no project
 * folder: the district registry is the one built into the program.
 */
final class TemplateCommand {

    private TemplateCommand() {
    }

    static int write(Quarter quarter, String district, Path out) throws IOException {
        DistrictRegistry registry = DistrictRegistry.bundled();
        if (!registry.contains(district)) {
            System.err.println("error: --district must be a district code of the registry: " + String.join(", ", registry.codes())
                    + " (not '" + district + "')");
            return QuarterRunner.USAGE;
        }
        Path file;
        try {
            file = DistrictTemplate.write(quarter, district, registry, out);
        } catch (FileAlreadyExistsException e) {
            System.err.println("error: " + out.resolve(DistrictTemplate.fileName(district, quarter)) + " already exists and "
                    + "is not overwritten (it may be filled in already): move it away, or pass another --out DIR. / "
                    + "文件已存在，未覆盖。");
            return QuarterRunner.USAGE;
        }
        System.out.println("已生成" + registry.name(district) + quarter.year() + "年第" + quarter.number() + "季度填报模板 / "
                + "wrote the template of " + district + " for " + quarter + ": " + file);
        return QuarterRunner.OK;
    }
}
