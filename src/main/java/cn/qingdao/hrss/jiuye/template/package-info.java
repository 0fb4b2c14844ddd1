/**
 * The district template (rules §3): the blank workbook a district clerk fills in for a quarter, laid
 * out exactly as the run reads it, with each column formatted for what it holds, Excel's data
 * validation where Excel can check a value as it is typed, an input message on every header, and the
 * statistics totals as formulas. Written by the {@code template} command, without a database.
 */
package cn.qingdao.hrss.jiuye.template;
