/**
 * The employment statistics (rules §3.5, §7): reading and checking the statistics sheet, and the
 * statistics step, which aggregates per district and for the city with year-on-year and
 * year-to-date figures.
 */
package cn.qingdao.hrss.jiuye.statistics;
