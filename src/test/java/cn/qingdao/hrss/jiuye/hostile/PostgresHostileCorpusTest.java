package cn.qingdao.hrss.jiuye.hostile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.qingdao.hrss.jiuye.job.PostgresDatabase;

/** {@link HostileCorpusTest} on a real PostgreSQL (embedded in the test). */
@SpringBootTest
class PostgresHostileCorpusTest extends HostileCorpusTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
