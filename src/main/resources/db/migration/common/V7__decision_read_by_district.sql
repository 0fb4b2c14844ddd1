-- A run decides one accepted submission per district, so the roster and the feedback workbook read a
-- district's decisions through the primary key (run_id, subsidy, district_code, row_number), in row
-- order, and the index by submission (V5) only cost every decision written a third index entry
-- (issue 5: about 1.7 s of PostgreSQL's time per million decisions).
DROP INDEX decision_submission;
