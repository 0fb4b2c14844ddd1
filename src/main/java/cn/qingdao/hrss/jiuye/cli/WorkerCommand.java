package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.read.ReadWorker;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.util.concurrent.CountDownLatch;

/**
 * {@code worker}: reads partitions of the read step ({@link ReadWorker}) until the process is told to stop. On
 * SIGTERM the JVM runs its shutdown hooks and then exits, whatever the other threads are doing; so the hook here
 * only tells the worker to stop and waits until it has ended the partitions it was reading and closed the
 * application (whose own shutdown hook is off, see {@link PipelineCommand.DatabaseUse#SERVES}).
 */
final class WorkerCommand {

    private WorkerCommand() {
    }

    static int serve(PipelineCommand parent) {
        if (!parent.postgresGiven()) {
            System.err.println("error: a worker reads for runs on the PostgreSQL database: give it with "
                    + "--spring.datasource.url=jdbc:postgresql://... (and username, password).");
            return QuarterRunner.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker-stop"));
        try {
            return parent.withContext(PipelineCommand.DatabaseUse.SERVES, c -> {
                try {
                    return c.getBean(ReadWorker.class).serve(stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return QuarterRunner.FAILED;
                }
            });
        } finally {
            stopped.countDown();
        }
    }
}
