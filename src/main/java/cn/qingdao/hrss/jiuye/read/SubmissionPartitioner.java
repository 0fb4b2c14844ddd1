package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.inventory.SubmissionRecord;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of the read step per submission of the run still to be read, named by its district
 * (a run reads at most one submission per district: two files for one district are both refused by
 * the inventory). Each partition's ExecutionContext holds all a worker needs besides the job
 * parameters: the submission, its district, its file name and the file's SHA-256 (its key in the archive
 * of submitted files, for a worker that does not see the inbox).
 */
public class SubmissionPartitioner implements Partitioner {

    public static final String SUBMISSION_ID = "submissionId";
    public static final String DISTRICT = "district";
    public static final String FILE_NAME = "fileName";
    public static final String SHA256 = "sha256";

    private final SubmissionRepository submissions;
    private final long runId;

    public SubmissionPartitioner(SubmissionRepository submissions, long runId) {
        this.submissions = submissions;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (long id : submissions.pendingOfRun(runId)) {
            SubmissionRecord s = submissions.get(id);
            ExecutionContext context = new ExecutionContext();
            context.putLong(SUBMISSION_ID, id);
            context.putString(DISTRICT, s.districtCode());
            context.putString(FILE_NAME, s.fileName());
            context.putString(SHA256, s.sha256());
            partitions.put(s.districtCode(), context);
        }
        return partitions;
    }
}
