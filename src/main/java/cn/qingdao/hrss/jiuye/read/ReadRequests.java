package cn.qingdao.hrss.jiuye.read;

import java.sql.DriverManager;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.postgresql.jdbc.PgConnection;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.messaging.MessageChannel;

/**
 * The channel of the read step's partition requests from the job's process to the workers: a table of the
 * PostgreSQL database the pipeline already uses ({@code INT_CHANNEL_MESSAGE}, migration V12), so remote
 * partitioning needs no message broker. The job's process inserts one message per partition, Spring Batch's
 * {@link StepExecutionRequest} (a step name and a step execution id, nothing more). Each worker listens to the
 * table's NOTIFY (LISTEN on a connection of its own, outside the pool) and takes messages with
 * {@code DELETE … FOR UPDATE SKIP LOCKED}: a message goes to one worker only.
 *
 * <p>Messages are Java-serialised; a worker deserialises only the classes a request message is made of.
 */
final class ReadRequests {

    /** The message group of the read requests in the channel table. */
    static final String GROUP = "jiuye.readSubmissionStep";
    /** The classes of a request message: the message, its headers and Spring Batch's request. */
    static final String[] ALLOWED = {
            "org.springframework.messaging.support.GenericMessage",
            "org.springframework.messaging.MessageHeaders",
            "org.springframework.batch.integration.partition.StepExecutionRequest",
            "java.util.HashMap", "java.util.UUID"};

    private ReadRequests() {
    }

    static JdbcChannelMessageStore store(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.addAllowedPatterns(ALLOWED);
        store.afterPropertiesSet();
        return store;
    }

    /** The job's side: sends only. */
    static MessageChannel outbound(DataSource dataSource) {
        return new QueueChannel(new MessageGroupQueue(store(dataSource), GROUP));
    }

    /**
     * A worker's side: each NOTIFY of a new request makes the channel take requests from the table and hand
     * them to its subscriber on {@code dispatcher}'s threads until none is left.
     */
    static PostgresSubscribableChannel inbound(DataSource dataSource, PostgresChannelMessageTableSubscriber subscriber,
                                               Executor dispatcher, BeanFactory beanFactory) {
        PostgresSubscribableChannel channel = new PostgresSubscribableChannel(store(dataSource), GROUP, subscriber);
        channel.setDispatcherExecutor(dispatcher);
        channel.setBeanName("readRequests");
        channel.setBeanFactory(beanFactory);
        channel.afterPropertiesSet();
        return channel;
    }

    /**
     * Listens to the channel table's notifications on a connection of its own, opened with the driver rather
     * than taken from the pool: it stays open as long as the worker runs.
     */
    static PostgresChannelMessageTableSubscriber subscriber(Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        return new PostgresChannelMessageTableSubscriber(
                () -> DriverManager.getConnection(url, user, password).unwrap(PgConnection.class));
    }
}
