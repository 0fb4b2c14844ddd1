package cn.qingdao.hrss.jiuye.policy;

/**
 * What the caller knows of earlier start-up subsidies (rules §5.1, §5 step 4): only APPROVED rows count.
 *
 * @param personSubsidisedBefore            the 身份证号 was approved in an earlier quarter
 * @param businessSubsidisedBefore          the 统一社会信用代码 was approved in an earlier quarter
 * @param personApprovedEarlierThisQuarter  the 身份证号 is in an approved earlier-ranked row of this quarter
 * @param businessApprovedEarlierThisQuarter the 统一社会信用代码 is in an approved earlier-ranked row of this quarter
 */
public record StartupHistory(boolean personSubsidisedBefore, boolean businessSubsidisedBefore,
                             boolean personApprovedEarlierThisQuarter, boolean businessApprovedEarlierThisQuarter) {

    public static final StartupHistory NONE = new StartupHistory(false, false, false, false);
}
