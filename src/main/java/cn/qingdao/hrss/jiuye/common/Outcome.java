package cn.qingdao.hrss.jiuye.common;

/** The decision on one application row (SPEC §5). */
public enum Outcome {
    APPROVED, PARTIAL, REJECTED
}
