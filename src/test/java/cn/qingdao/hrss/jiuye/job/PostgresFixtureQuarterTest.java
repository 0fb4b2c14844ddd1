package cn.qingdao.hrss.jiuye.job;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FixtureQuarterTest} on a real PostgreSQL (embedded in the test) with no statistics baseline. */
@SpringBootTest(properties = "pipeline.baseline-file=target/no-baseline.csv")
class PostgresFixtureQuarterTest extends FixtureQuarterTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
