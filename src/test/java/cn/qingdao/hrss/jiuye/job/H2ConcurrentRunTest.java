package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;

/** {@link ConcurrentRunTest} on an H2 file database shared through AUTO_SERVER, as by default. */
class H2ConcurrentRunTest extends ConcurrentRunTest {

    @Override
    String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db/jiuye") + ";AUTO_SERVER=TRUE";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String name() {
        return "h2";
    }
}
