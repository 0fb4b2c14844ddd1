/**
 * The report step and {@code report} command (rules §8): the CSV files, the payment roster and
 * feedback workbook of each district and the summary workbook, all written from the database.
 */
package cn.qingdao.hrss.jiuye.report;
