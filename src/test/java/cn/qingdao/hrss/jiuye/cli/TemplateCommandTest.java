package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code template}: the command line of the district template; no database, no Spring. */
@ExtendWith(OutputCaptureExtension.class)
class TemplateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTemplateOfTheDistrictIntoTheFolderGiven(CapturedOutput output) {
        int exit = Main.execute("template", "--quarter", "2025Q2", "--district", "370285", "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(dir.resolve("370285_2025Q2.xlsx")).isRegularFile();
        assertThat(output.getOut()).contains("已生成莱西市2025年第2季度填报模板 / wrote the template of 370285 for 2025Q2: "
                + dir.resolve("370285_2025Q2.xlsx"));
    }

    @Test
    void anUnknownDistrictIsAUsageError(CapturedOutput output) {
        int exit = Main.execute("template", "--quarter", "2025Q2", "--district", "370299", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("--district must be a district code of the registry: 370202, 370203");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileAlreadyThereIsLeftAsItIs(CapturedOutput output) throws Exception {
        Files.writeString(dir.resolve("370202_2025Q2.xlsx"), "filled in");

        int exit = Main.execute("template", "--quarter", "2025Q2", "--district", "370202", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("370202_2025Q2.xlsx already exists and is not overwritten");
        assertThat(Files.readString(dir.resolve("370202_2025Q2.xlsx"))).isEqualTo("filled in");
    }

    @Test
    void helpNamesEveryOption(CapturedOutput output) {
        int exit = Main.execute("template", "--help");

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("Usage: jiuye-pipeline template", "--quarter", "--district", "--out",
                "生成区市填报模板");
    }

    @Test
    void aMalformedQuarterIsAUsageError(CapturedOutput output) {
        int exit = Main.execute("template", "--quarter", "2025-1", "--district", "370202", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("not a quarter");
    }
}
