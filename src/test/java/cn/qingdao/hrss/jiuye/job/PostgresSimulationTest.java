package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SimulationTest} on a real PostgreSQL (embedded in the test). */
@SpringBootTest
class PostgresSimulationTest extends SimulationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    Path root() {
        return Path.of("target/simulation-test/postgres");
    }
}
