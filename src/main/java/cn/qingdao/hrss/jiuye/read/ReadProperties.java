package cn.qingdao.hrss.jiuye.read;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the read step's partitions run, from {@code pipeline.read.*} properties (README "More than one
 * machine").
 *
 * @param by            {@code threads} (the default): on threads of the process that runs the job,
 *                      {@code pipeline.read-threads} at a time; {@code workers}: in {@code worker} processes,
 *                      on this machine or others, over the PostgreSQL database (set by {@code run --read-by workers})
 * @param pollInterval  with workers, how often the job's process looks in the job repository for partitions
 *                      that have ended (Spring Batch's remote partitioning polls it rather than waiting for replies)
 * @param timeout       with workers, how long the job's process waits for all the read partitions to end; past
 *                      it the read step fails (a worker killed mid-partition, or none running), and the run is
 *                      resumed with {@code restart --read-by workers} once workers are up
 * @param workerThreads partitions one worker process reads at a time
 * @param fromArchive   read each submission from the archive of submitted files in the database rather than
 *                      from the inbox: set by the {@code worker} command, whose machine need not see the inbox
 */
@ConfigurationProperties(prefix = "pipeline.read")
public record ReadProperties(
        @DefaultValue("threads") By by,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("2") int workerThreads,
        @DefaultValue("false") boolean fromArchive) {

    /** Where the partitions of the read step run. */
    public enum By {
        THREADS, WORKERS
    }

    public boolean byWorkers() {
        return by == By.WORKERS;
    }
}
