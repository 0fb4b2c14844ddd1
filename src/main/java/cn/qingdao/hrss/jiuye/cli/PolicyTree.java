package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.policy.PolicyFileException;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import java.nio.file.Path;

/**
 * A parameter tree given on the command line ({@code simulate --policy}, {@code explain --policy}): read and
 * checked as strictly as {@code data/policy} (rules §6) before anything else is done, and refused as the
 * operator's input — the file, the line and the problem, no stack trace.
 */
final class PolicyTree {

    private PolicyTree() {
    }

    /** The tree of {@code dir}, or null after telling the operator why it cannot be used. */
    static PolicyParameters read(Path dir) {
        try {
            return PolicyParameters.load(dir);
        } catch (PolicyFileException e) {
            System.err.println("error: the parameter tree " + dir + " cannot be used: " + e.getMessage() + ".");
            System.err.println("Correct it (see data/policy/README.md) and run the command again; nothing was decided.");
            return null;
        }
    }
}
