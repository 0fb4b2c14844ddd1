package cn.qingdao.hrss.jiuye.read;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the read step's partitions run, from {@code pipeline.read.*} properties (README "More than one
 * machine").
 *
 * @param by            where {@code run} reads: {@code threads} (the default), on threads of the process that runs
 *                      the job, {@code pipeline.read-threads} at a time; {@code workers}, in {@code worker} processes,
 *                      on this machine or others, over the PostgreSQL database (set by {@code run --read-by workers}).
 *                      The run records it as its job parameter {@code readBy}, which {@code restart} keeps
 * @param pollInterval  with workers, how often the job's process looks in the job repository for partitions
 *                      that have ended (Spring Batch's remote partitioning polls it rather than waiting for replies)
 * @param timeout       with workers, how long the job's process waits for all the read partitions to end; past
 *                      it the read step fails (no worker running, or too slow), and the run is resumed with
 *                      {@code restart} once workers are up
 * @param workerThreads partitions one worker process reads at a time
 * @param workerHeartbeat how often a worker records in the database that it is alive ({@link WorkerHeartbeats}),
 *                      and how often the job's process looks at the heartbeats of the workers reading its partitions
 * @param workerLostAfter with workers, how long the job's process waits for the heartbeat of a worker that is
 *                      reading one of its partitions before it presumes the worker dead and fails the partition
 *                      ({@link LostWorkers}); several heartbeats long, so that a slow beat is not a lost worker
 * @param fromArchive   read each submission from the archive of submitted files in the database rather than
 *                      from the inbox: set by the {@code worker} command, whose machine need not see the inbox
 */
@ConfigurationProperties(prefix = "pipeline.read")
public record ReadProperties(
        @DefaultValue("threads") By by,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("2") int workerThreads,
        @DefaultValue("5s") Duration workerHeartbeat,
        @DefaultValue("30s") Duration workerLostAfter,
        @DefaultValue("false") boolean fromArchive) {

    /** Where the partitions of the read step run. */
    public enum By {
        THREADS, WORKERS;

        /** As the command line and the job parameter {@code readBy} write it: {@code threads} or {@code workers}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The value of a job parameter {@code readBy}; {@code threads} when there is none (a run of an earlier version). */
        public static By of(String option) {
            return option == null ? THREADS : valueOf(option.toUpperCase(Locale.ROOT));
        }
    }

    public boolean byWorkers() {
        return by == By.WORKERS;
    }
}
