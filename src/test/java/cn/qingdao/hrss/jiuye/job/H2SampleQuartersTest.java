package cn.qingdao.hrss.jiuye.job;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link SampleQuartersTest} on a fresh embedded H2 database with the project's baseline. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-quarters;DB_CLOSE_DELAY=-1")
class H2SampleQuartersTest extends SampleQuartersTest {

    @Override
    Path out() {
        return OUT.resolve("h2");
    }
}
