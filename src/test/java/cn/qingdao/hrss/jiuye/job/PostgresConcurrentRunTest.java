package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;

/** {@link ConcurrentRunTest} on PostgreSQL. */
class PostgresConcurrentRunTest extends ConcurrentRunTest {

    @Override
    String url(Path dir) {
        return PostgresDatabase.newDatabase();
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String name() {
        return "postgres";
    }
}
