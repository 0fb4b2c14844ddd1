package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of the decide step per subsidy (rules §5: each subsidy is decided in its own rank
 * order, independently of the others), named by the subsidy's code, which its ExecutionContext holds.
 */
public class SubsidyPartitioner implements Partitioner {

    /** The ExecutionContext key of the partition's subsidy code. */
    public static final String SUBSIDY = "subsidy";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Subsidy subsidy : Subsidy.values()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(SUBSIDY, subsidy.code());
            partitions.put(subsidy.code(), context);
        }
        return partitions;
    }
}
