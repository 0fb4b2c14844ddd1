package cn.qingdao.hrss.jiuye.job;

import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reader and processor of a partition's worker step, called directly rather than through their
 * step-scoped proxies on every row.
 *
 * <p>A partitioned step runs one worker step bean for several partitions at once, so whatever holds a
 * partition's state — its reader, its processor — is a {@code @StepScope} bean, which the step is
 * given as a scoped proxy. Such a proxy looks its target up in the step scope, and calls it
 * reflectively, on every call: twice per row, a measurable share of a million-row run. These
 * delegates look the target up once, when the step opens its streams on the partition's thread, and
 * keep it for that thread until the step closes them; {@link #target} does the same for a step-scoped
 * object that another one calls for every row.
 */
public final class PartitionDelegates {

    private PartitionDelegates() {
    }

    /** @param reader a step-scoped proxy */
    public static <T> ItemStreamReader<T> reader(ItemStreamReader<T> reader) {
        return new Reader<>(reader);
    }

    /** @param processor a step-scoped proxy */
    public static <I, O> ItemProcessor<I, O> processor(ItemProcessor<I, O> processor) {
        return new Processor<>(processor);
    }

    /**
     * The current step execution's object behind a step-scoped proxy, for a step-scoped object that
     * calls another one for every row; called inside the step, on the partition's thread.
     */
    @SuppressWarnings("unchecked")
    public static <T> T target(T scopedProxy) {
        return (T) ((ScopedObject) scopedProxy).getTargetObject();
    }

    private static final class Reader<T> implements ItemStreamReader<T> {
        private final ItemStreamReader<T> proxy;
        private final ThreadLocal<ItemStreamReader<T>> target = new ThreadLocal<>();

        Reader(ItemStreamReader<T> proxy) {
            this.proxy = proxy;
        }

        @Override
        public void open(ExecutionContext context) {
            ItemStreamReader<T> reader = target(proxy);
            target.set(reader);
            reader.open(context);
        }

        @Override
        public T read() throws Exception {
            return target.get().read();
        }

        @Override
        public void update(ExecutionContext context) {
            target.get().update(context);
        }

        @Override
        public void close() {
            ItemStreamReader<T> reader = target.get();
            target.remove();
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static final class Processor<I, O> implements ItemProcessor<I, O>, ItemStream {
        private final ItemProcessor<I, O> proxy;
        private final ThreadLocal<ItemProcessor<I, O>> target = new ThreadLocal<>();

        Processor(ItemProcessor<I, O> proxy) {
            this.proxy = proxy;
        }

        @Override
        public void open(ExecutionContext context) {
            target.set(target(proxy));
        }

        @Override
        public O process(I item) throws Exception {
            return target.get().process(item);
        }

        @Override
        public void close() {
            target.remove();
        }
    }
}
