/**
 * Run control around the job: starting and restarting runs with their exit codes, one run of a
 * quarter at a time ({@code QuarterLock}), the schedule of {@code jobs/}, {@code status}, the
 * run's end-of-run summary, and the listeners every step shares.
 */
package cn.qingdao.hrss.jiuye.run;
