package cn.qingdao.hrss.jiuye.hostile;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link HostileCorpusTest} on a fresh embedded H2 database. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-corpus;DB_CLOSE_DELAY=-1")
class H2HostileCorpusTest extends HostileCorpusTest {
}
