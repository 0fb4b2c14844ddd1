package cn.qingdao.hrss.jiuye.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How a process tells whether the holder of a quarter's lock is still at work. */
class QuarterLockTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 4, 5, 2, 0, 30);
    static final String HOST = ManagementFactory.getRuntimeMXBean().getName().split("@", 2)[1];

    @Test
    void holderOnThisHostIsAliveWhileItsProcessExists() {
        String me = ManagementFactory.getRuntimeMXBean().getName();

        assertThat(QuarterLock.processAlive(me, null, Timestamp.valueOf(NOW))).isTrue();
    }

    @Test
    void holderOnThisHostIsGoneWhenItsProcessIsGoneWhateverItsHeartbeat() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version").start();
        p.waitFor();

        assertThat(QuarterLock.processAlive(p.pid() + "@" + HOST, Timestamp.valueOf(NOW), Timestamp.valueOf(NOW))).isFalse();
    }

    @Test
    void holderOnAnotherHostIsAliveWhileItsHeartbeatIsRecent() {
        assertThat(QuarterLock.processAlive("4242@elsewhere", Timestamp.valueOf(NOW.minusSeconds(10)), Timestamp.valueOf(NOW)))
                .isTrue();
        assertThat(QuarterLock.processAlive("4242@elsewhere", Timestamp.valueOf(NOW.minusSeconds(31)), Timestamp.valueOf(NOW)))
                .isFalse();
    }
}
