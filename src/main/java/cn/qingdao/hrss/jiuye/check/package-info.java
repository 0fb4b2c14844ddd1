/**
 * The pre-check of one district file before it is sent ({@code check}): the quarterly job, unchanged, over
 * the file alone on a private, throw-away database, so that every check that needs no history is made by
 * the run's own code; its feedback workbook marked as a pre-check, and a short summary in Chinese and
 * English that says what could not be checked. Runs from the jar alone, never on the city's database.
 */
package cn.qingdao.hrss.jiuye.check;
