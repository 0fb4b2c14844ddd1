/**
 * The quarterly job (rules §1), as Spring Batch runs it: inventory, read, decide, statistics,
 * publish, report. {@code QuarterlyJobConfiguration} shows the whole flow; each step's work lives
 * in the package of the same name.
 */
package cn.qingdao.hrss.jiuye.job;
