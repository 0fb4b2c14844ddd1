/**
 * Reading values and field-checking the rows of the three subsidy sheets (rules §3.2–3.4, §4, §5.4).
 * <p>
 * {@link cn.qingdao.hrss.jiuye.validation.Values} reads one cell as one kind of value;
 * {@link cn.qingdao.hrss.jiuye.validation.StartupRowValidator},
 * {@link cn.qingdao.hrss.jiuye.validation.EmployerRowValidator} and
 * {@link cn.qingdao.hrss.jiuye.validation.FlexibleRowValidator} turn a
 * {@link cn.qingdao.hrss.jiuye.workbook.DataRow} into an application and its field errors.
 * Eligibility (rules §5 steps 2–4) is not decided here.
 * <p>
 * Decisions where the policy is silent (written for readers in rules §4):
 * <ul>
 *   <li>An error cell ({@code #REF!}, {@code #N/A}) is the kind's invalid code; in a plain text column,
 *       which has none, it is {@code MISSING_VALUE}.</li>
 *   <li>Excel serial 60 (Excel's non-existent 1900-02-29) is {@code INVALID_DATE}; 1–59 and 61 on follow
 *       Excel's 1900 date system. Years run from 1900 to 9999, as in Excel. The date cells of a workbook in
 *       the 1904 date system arrive already shifted to the 1900 system (the workbook readers do it); plain
 *       numbers are read as 1900-system serials.</li>
 *   <li>A numeric cell holding an 8-digit whole number is {@code yyyyMMdd} even when date-formatted
 *       (as a serial it would lie beyond 9999-12-31).</li>
 *   <li>A time after a text date is {@code H:mm}, {@code H:mm:ss} or {@code H:mm:ss.fff}, after spaces or
 *       {@code T}; not after {@code 2024年3月5日} (rules §4 allows it only after the first three forms).</li>
 *   <li>In a month column, a number that is not date-formatted, lies between 1900 and 2100 and has a
 *       fraction ({@code 2024.3} typed into a General cell) is {@code INVALID_MONTH}: {@code 2024.1} may
 *       mean January or October.</li>
 *   <li>Amount text: thousands separators must group by three; no sign, no currency symbol but a
 *       trailing {@code 元}. Counts: {@code 12.0} is 12; values of 10^15 and more are {@code INVALID_NUMBER}
 *       (beyond Excel's precision), and a blank count is {@code INVALID_NUMBER} too (rules §7 has no
 *       missing-value code for statistics).</li>
 *   <li>Choices match the label exactly after trimming and width folding; inner spaces are not ignored.
 *       {@code 无固定期限} is matched as a header ({@link cn.qingdao.hrss.jiuye.support.text.Text#label}), so
 *       {@code 无固定期限（长期）} is open-ended too.</li>
 *   <li>毕业日期 is read only when 人员类别 was read as 高校毕业生; when 人员类别 is itself missing or
 *       invalid, 毕业日期 is not checked (the row is rejected for 人员类别 anyway).</li>
 *   <li>An ID that fails its check is kept as read (trimmed, width-folded; a numeric cell's digits as
 *       Excel shows them, 15 significant digits) so that decisions can name the row.</li>
 * </ul>
 */
package cn.qingdao.hrss.jiuye.validation;
