package cn.qingdao.hrss.jiuye.operations;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SampleQuartersTest} on a real PostgreSQL (embedded in the test) with the project's baseline. */
@SpringBootTest
class PostgresSampleQuartersTest extends SampleQuartersTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    Path out() {
        return OUT.resolve("postgres");
    }
}
