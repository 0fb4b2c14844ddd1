package cn.qingdao.hrss.jiuye;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Rows per chunk (one transaction) of the read and decide steps ({@code pipeline.chunk-size}). */
class ChunkSizeTest {

    private static PipelineProperties chunkSize(int n) {
        return new PipelineProperties(Path.of("d.csv"), Path.of("b.csv"), Path.of("p"), Path.of("j"), 2, n, 0);
    }

    @Test
    void byDefaultTheDecideStepTakesAThousandOnH2AndFourThousandOnPostgres() {
        assertThat(chunkSize(0).chunkSize(false)).isEqualTo(1_000);
        assertThat(chunkSize(0).chunkSize(true)).isEqualTo(4_000);
    }

    @Test
    void byDefaultTheReadStepTakesAThousandOnH2AndTwoThousandOnPostgres() {
        assertThat(chunkSize(0).readChunkSize(false)).isEqualTo(1_000);
        assertThat(chunkSize(0).readChunkSize(true)).isEqualTo(2_000);
    }

    @Test
    void anOperatorsChoiceWinsOnEitherDatabase() {
        assertThat(chunkSize(100).chunkSize(false)).isEqualTo(100);
        assertThat(chunkSize(100).chunkSize(true)).isEqualTo(100);
        assertThat(chunkSize(100).readChunkSize(false)).isEqualTo(100);
        assertThat(chunkSize(100).readChunkSize(true)).isEqualTo(100);
    }
}
