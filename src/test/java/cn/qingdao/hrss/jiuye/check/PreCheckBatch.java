package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.nio.file.Path;

/**
 * Test helper, run in a child JVM by {@link CheckProcess#batch}: pre-checks files one after the other
 * as the {@code check} command does, each into its own folder; prints {@code exit <i> <code>} after each.
 * Usage: {@code PreCheckBatch OUT_ROOT QUARTER FILE [QUARTER FILE ...]}.
 */
public final class PreCheckBatch {

    private PreCheckBatch() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        for (int i = 1, n = 0; i + 1 < args.length; i += 2, n++) {
            int exit = new PreCheck(System.out, System.out).check(Path.of(args[i + 1]), Quarter.parse(args[i]),
                    root.resolve(Integer.toString(n)));
            System.out.println("exit " + n + " " + exit);
        }
    }
}
