package cn.qingdao.hrss.jiuye.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pipeline finds its reference data and how it works, from {@code pipeline.*}
 * properties (paths relative to the working directory, normally the project folder).
 *
 * @param districtsFile  the district registry (SPEC §2), {@code code,name}
 * @param baselineFile   last year's statistics (SPEC §7, §9), {@code quarter,district_code,indicator,value}
 * @param policyDir      the dated policy parameter files (SPEC §6)
 * @param jobsDir        the job definitions an operator edits (SPEC §10)
 * @param readThreads    districts read in parallel
 * @param chunkSize      rows per database transaction when writing
 */
@ConfigurationProperties(prefix = "pipeline")
public record PipelineProperties(
        @DefaultValue("data/reference/districts.csv") Path districtsFile,
        @DefaultValue("data/reference/statistics-baseline.csv") Path baselineFile,
        @DefaultValue("data/policy") Path policyDir,
        @DefaultValue("jobs") Path jobsDir,
        @DefaultValue("2") int readThreads,
        @DefaultValue("1000") int chunkSize) {
}
