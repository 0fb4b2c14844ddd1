package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SampleQuartersTest} on a real PostgreSQL (embedded in the test) with the project's baseline. */
@SpringBootTest
class PostgresSampleQuartersTest extends SampleQuartersTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    Path out() {
        return OUT.resolve("postgres");
    }
}
