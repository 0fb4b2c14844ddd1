-- A run decides one accepted submission per district, so the roster and the feedback workbook read a
-- district's decisions through the primary key (run_id, subsidy, district_code, row_number), in row
-- order, and the index by submission (V5) only cost every decision written a third index entry.
DROP INDEX decision_submission;
