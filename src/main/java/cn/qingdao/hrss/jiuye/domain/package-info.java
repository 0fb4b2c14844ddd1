/**
 * The words of the domain (rules §2–§5): quarters, districts, subsidies, reason codes, indicators,
 * the application records of the three subsidies, and claimed months.
 */
package cn.qingdao.hrss.jiuye.domain;
