/**
 * The read step (rules §3, §4, §7): one partition per submission; every data row of the three
 * subsidy sheets validated and stored typed with its field errors; the statistics sheet checked.
 */
package cn.qingdao.hrss.jiuye.read;
