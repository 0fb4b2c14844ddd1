/**
 * The publish step: a completed run becomes the quarter's record in one transaction (a re-run
 * replaces, never appends).
 */
package cn.qingdao.hrss.jiuye.publish;
