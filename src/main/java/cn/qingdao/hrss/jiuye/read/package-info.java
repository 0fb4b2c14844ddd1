/**
 * The read step (rules §3, §4, §7): one chunk-oriented partition per submission
 * ({@code ReadStepConfiguration}). The data rows of the three subsidy sheets are pulled from the
 * workbook one at a time ({@code SubmissionRowsReader}, its place in the step's ExecutionContext),
 * validated field by field ({@code RowValidationProcessor}) and stored typed with their field errors
 * ({@code StagedRowsWriter}); the statistics sheet is checked, and the submission's outcome —
 * ACCEPTED, or REJECTED with every refusal found — commits with its last chunk ({@code SubmissionOutcome}).
 */
package cn.qingdao.hrss.jiuye.read;
