package cn.qingdao.hrss.jiuye;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pipeline finds its reference data and how it works, from {@code pipeline.*}
 * properties (paths relative to the working directory, normally the project folder).
 *
 * @param districtsFile  the district registry (rules §2), {@code code,name}
 * @param baselineFile   last year's statistics (rules §7, §9), {@code quarter,district_code,indicator,value}
 * @param policyDir      the dated policy parameter files (rules §6)
 * @param jobsDir        the job definitions an operator edits (rules §10)
 * @param readThreads    districts read in parallel
 * @param chunkSize      rows per chunk (one transaction) of the read and decide steps; 0 (the default)
 *                       chooses, for the decide step, 1,000 on H2 and 4,000 on PostgreSQL, where every
 *                       chunk costs a commit, a staged-rows query, a history lookup and a COPY of its own
 *                       (on H2 larger chunks were not faster and held more of its uncommitted pages in the
 *                       heap), and for the read step 1,000 on H2 and 2,000 on PostgreSQL: a read chunk
 *                       holds each of its rows twice, as read from the sheet and as validated, and two
 *                       districts are read at once, so a larger read chunk raised the peak live heap
 * @param decideThreads  subsidies decided in parallel; 0 (the default) chooses: one at a time on H2,
 *                       whose store takes one writer at a time (three threads were slower there and
 *                       held more of its pages in the heap), one per subsidy on PostgreSQL
 */
@ConfigurationProperties(prefix = "pipeline")
public record PipelineProperties(
        @DefaultValue("data/reference/districts.csv") Path districtsFile,
        @DefaultValue("data/reference/statistics-baseline.csv") Path baselineFile,
        @DefaultValue("data/policy") Path policyDir,
        @DefaultValue("jobs") Path jobsDir,
        @DefaultValue("2") int readThreads,
        @DefaultValue("0") int chunkSize,
        @DefaultValue("0") int decideThreads) {

    /** Rows per chunk of the decide step: {@link #chunkSize} when set, else as documented above. */
    public int chunkSize(boolean postgres) {
        if (chunkSize > 0) {
            return chunkSize;
        }
        return postgres ? 4_000 : 1_000;
    }

    /** Rows per chunk of the read step: {@link #chunkSize} when set, else as documented above. */
    public int readChunkSize(boolean postgres) {
        if (chunkSize > 0) {
            return chunkSize;
        }
        return postgres ? 2_000 : 1_000;
    }

    /** The threads of the decide step: {@link #decideThreads} when set, else as documented above. */
    public int decideThreads(boolean postgres, int subsidies) {
        if (decideThreads > 0) {
            return decideThreads;
        }
        return postgres ? subsidies : 1;
    }
}
