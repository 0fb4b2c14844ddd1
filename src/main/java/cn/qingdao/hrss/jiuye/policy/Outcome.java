package cn.qingdao.hrss.jiuye.policy;

/** The decision on one application row (SPEC §5). */
public enum Outcome {
    APPROVED, PARTIAL, REJECTED
}
