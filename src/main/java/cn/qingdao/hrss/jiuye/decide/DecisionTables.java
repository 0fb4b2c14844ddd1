package cn.qingdao.hrss.jiuye.decide;

/**
 * Where a decide step writes its decisions and start-up grants, and so where its history finds
 * "this run so far" (rules §5 step 4: earlier-ranked rows of this quarter). The quarterly job writes
 * the quarter's record ({@link #RECORD}); a step that decides published applications again under
 * other parameters would write tables of its own shape and leave the record alone. Earlier quarters
 * always come from the record.
 *
 * @param decisions the table of decisions, shaped like {@code decision}
 * @param grants    the table of start-up grants, shaped like {@code startup_grant}
 */
public record DecisionTables(String decisions, String grants) {

    /** The quarter's record: {@code decision} and {@code startup_grant}. */
    public static final DecisionTables RECORD = new DecisionTables("decision", "startup_grant");

    public DecisionTables {
        if (!decisions.matches("[a-z_]+") || !grants.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + decisions + ", " + grants);
        }
    }
}
