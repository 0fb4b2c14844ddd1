package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Where a run reads its districts is a job parameter that does not identify the job instance: a restart that
 * reads them another way is the same instance. A run recorded before the parameter existed read on threads.
 */
class RunParametersTest {

    private static final RunParameters BY_WORKERS = new RunParameters(7, Quarter.parse("2025Q1"), Path.of("/data/inbox"),
            Path.of("/data/out"), ReadProperties.By.WORKERS);

    @Test
    void readByIsKeptButDoesNotIdentifyTheJobInstance() {
        JobParameters workers = BY_WORKERS.toJobParameters();
        JobParameters threads = BY_WORKERS.withReadBy(ReadProperties.By.THREADS).toJobParameters();

        assertThat(workers.getString("readBy")).isEqualTo("workers");
        assertThat(threads.getString("readBy")).isEqualTo("threads");
        assertThat(workers.getParameter("readBy").identifying()).isFalse();
        assertThat(threads.getIdentifyingParameters()).isEqualTo(workers.getIdentifyingParameters());
        assertThat(RunParameters.of(workers)).isEqualTo(BY_WORKERS);
    }

    @Test
    void aRunRecordedWithoutReadByReadsOnThreads() {
        JobParameters earlier = new JobParametersBuilder().addLong("run", 7L).addString("quarter", "2025Q1")
                .addString("inbox", "/data/inbox").addString("out", "/data/out").toJobParameters();

        assertThat(RunParameters.of(earlier).readBy()).isEqualTo(ReadProperties.By.THREADS);
    }
}
