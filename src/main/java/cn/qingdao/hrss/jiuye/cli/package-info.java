/**
 * The command line (rules §10): {@code run}, {@code restart}, {@code status}, {@code explain},
 * {@code report}, {@code generate}, {@code schedule}, and the district clerk's {@code template} and
 * {@code check}; their options, {@code --help} and exit codes.
 * Parsing happens before Spring starts, so usage errors and help answer at once; each command then
 * starts the application — a run from its context prepared at build time, {@link PreparedContext} —
 * and calls one bean of the packages below.
 */
package cn.qingdao.hrss.jiuye.cli;
