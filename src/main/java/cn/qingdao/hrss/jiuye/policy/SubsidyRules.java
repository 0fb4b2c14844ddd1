package cn.qingdao.hrss.jiuye.policy;

/**
 * The rules of the three subsidies (rules §5.1–5.3) under one tree of policy parameters (rules §6).
 * The quarterly job decides under the parameters of {@code data/policy/}; deciding under another
 * tree is building another instance.
 */
public record SubsidyRules(StartupRules startup, EmployerRules employer, FlexibleRules flexible) {

    public static SubsidyRules of(PolicyParameters parameters) {
        return new SubsidyRules(new StartupRules(parameters), new EmployerRules(parameters), new FlexibleRules(parameters));
    }
}
