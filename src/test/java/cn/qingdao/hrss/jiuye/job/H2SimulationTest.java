package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link SimulationTest} on a fresh embedded H2 database. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:simulation;DB_CLOSE_DELAY=-1")
class H2SimulationTest extends SimulationTest {

    @Override
    Path root() {
        return Path.of("target/simulation-test/h2");
    }
}
