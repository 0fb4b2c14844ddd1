package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code schedule}: stays running and starts the job of a job definition at each time its cron
 * schedule names (rules §1, §10), for the quarter the definition says (by default the quarter just
 * closed). A run that fails is logged and left for {@code restart}; the schedule goes on.
 */
@Component
public class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final QuarterRunner runner;

    public Scheduler(QuarterRunner runner) {
        this.runner = runner;
    }

    /** Starts the job at each scheduled time, {@code maxRuns} times at most (tests), until interrupted. */
    public int run(JobDefinition job, int maxRuns) {
        log.info("scheduler started for job '{}' ({}), schedule '{}' in {}", job.name(), job.description(),
                job.schedule(), job.timeZone());
        int runs = 0;
        while (runs < maxRuns && !Thread.currentThread().isInterrupted()) {
            ZonedDateTime now = ZonedDateTime.now(job.timeZone());
            ZonedDateTime next = job.schedule().next(now);
            if (next == null) {
                log.warn("the schedule of job '{}' names no future time: stopping", job.name());
                return QuarterRunner.OK;
            }
            Quarter quarter = job.quarterOn(next.toLocalDate());
            log.info("next start of '{}': {} for {}", job.name(), next, quarter);
            try {
                Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(job.timeZone()), next).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            int exit = runner.run(quarter, job.inboxFor(quarter), job.outDir());
            runs++;
            log.info("scheduled run of {} ended with exit code {}{}", quarter, exit,
                    exit == QuarterRunner.FAILED ? ": run 'restart' to resume it" : "");
        }
        return QuarterRunner.OK;
    }
}
