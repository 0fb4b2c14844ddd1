-- A refused submission's problem is described twice: message (English, for the
-- operator's log and status) and message_zh (Chinese, for the district's feedback workbook),
-- each naming the file, sheet and column where they apply. Null for rows written before.
ALTER TABLE submission_error ADD COLUMN message_zh VARCHAR(1000);
