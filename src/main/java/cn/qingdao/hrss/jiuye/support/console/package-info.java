/** Progress of long work on the console and in the log: rows, rows/s, district. */
package cn.qingdao.hrss.jiuye.support.console;
