package cn.qingdao.hrss.jiuye;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** How many subsidies the decide step decides at once ({@code pipeline.decide-threads}). */
class DecideThreadsTest {

    private static PipelineProperties decideThreads(int n) {
        return new PipelineProperties(Path.of("d.csv"), Path.of("b.csv"), Path.of("p"), Path.of("j"), 2, 1000, n);
    }

    @Test
    void byDefaultOneAtATimeOnH2AndOnePerSubsidyOnPostgres() {
        assertThat(decideThreads(0).decideThreads(false, 3)).isEqualTo(1);
        assertThat(decideThreads(0).decideThreads(true, 3)).isEqualTo(3);
    }

    @Test
    void anOperatorsChoiceWinsOnEitherDatabase() {
        assertThat(decideThreads(2).decideThreads(false, 3)).isEqualTo(2);
        assertThat(decideThreads(2).decideThreads(true, 3)).isEqualTo(2);
    }
}
