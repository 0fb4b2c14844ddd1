package cn.qingdao.hrss.jiuye.job;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link FixtureQuarterTest} on a fresh embedded H2 database with no statistics baseline. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fixture-quarter;DB_CLOSE_DELAY=-1",
        "pipeline.baseline-file=target/no-baseline.csv"})
class H2FixtureQuarterTest extends FixtureQuarterTest {
}
