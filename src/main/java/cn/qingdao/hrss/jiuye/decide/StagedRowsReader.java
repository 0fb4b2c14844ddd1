package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The stored rows of one subsidy of a run in rank order (rules §5: district code, row number),
 * fetched a page at a time ({@link StagedRows#rowsAfter}). A page never reaches past the end of the
 * chunk being read (every chunk but the last is a whole page size of rows), so that no row waits in
 * memory for the next chunk. Its position is the last row it handed out, saved in the step's
 * ExecutionContext when a chunk commits: a restarted step resumes after the last committed chunk, and
 * no row is decided twice.
 */
public class StagedRowsReader implements ItemStreamReader<StagedRow> {

    static final String DISTRICT = "stagedRowsReader.district";
    static final String ROW = "stagedRowsReader.row";

    private final StagedRows rows;
    private final long runId;
    private final Subsidy subsidy;
    private final int pageSize;
    private final Deque<StagedRow> page = new ArrayDeque<>();
    private List<StagedRows.RankedSubmission> submissions;
    private int submission;
    private String district = "";
    private int row;
    private long handedOut;

    public StagedRowsReader(StagedRows rows, long runId, Subsidy subsidy, int pageSize) {
        this.rows = rows;
        this.runId = runId;
        this.subsidy = subsidy;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        district = context.getString(DISTRICT, "");
        row = context.getInt(ROW, 0);
        submissions = rows.acceptedInRankOrder(runId);
        submission = 0;
        handedOut = 0;
        while (submission < submissions.size() && rankBefore(submissions.get(submission).districtCode())) {
            submission++;
        }
        page.clear();
    }

    /** A submission of an earlier district than the position's: all its rows are decided. */
    private boolean rankBefore(String submissionDistrict) {
        return submissionDistrict == null || submissionDistrict.compareTo(district) < 0;
    }

    @Override
    public StagedRow read() {
        while (page.isEmpty()) {
            if (submission >= submissions.size()) {
                return null;
            }
            StagedRows.RankedSubmission s = submissions.get(submission);
            int after = s.districtCode().equals(district) ? row : Integer.MIN_VALUE;
            int limit = pageSize - (int) (handedOut % pageSize); // the rest of the current chunk
            List<StagedRow> next = rows.rowsAfter(s.id(), subsidy, after, limit);
            if (next.size() < limit) {
                submission++; // the submission's last page
            }
            page.addAll(next);
        }
        StagedRow r = page.poll();
        handedOut++;
        district = r.districtCode();
        row = r.rowNumber();
        return r;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(DISTRICT, district);
        context.putInt(ROW, row);
    }
}
