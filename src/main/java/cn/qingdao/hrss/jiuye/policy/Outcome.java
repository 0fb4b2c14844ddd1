package cn.qingdao.hrss.jiuye.policy;

/** The decision on one application row (rules §5). */
public enum Outcome {
    APPROVED, PARTIAL, REJECTED
}
