package cn.qingdao.hrss.jiuye.workbook;

/**
 * The header row of a table sheet (rules §3): its physical row number and, per spec column, the
 * 0-based sheet column holding it.
 */
record HeaderRow(int rowNumber, int[] columns) {
}
