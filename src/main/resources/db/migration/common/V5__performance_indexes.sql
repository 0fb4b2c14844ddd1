-- Indexes for a province-sized quarter, found by reading the query plans on H2 and PostgreSQL.

-- History of a chunk's people (decide.History): "id_number IN (...)" is only used for an index
-- lookup by H2 when id_number leads the index; with (subsidy, id_number, run_id) H2 read every kept
-- month of the subsidy for each chunk (quadratic in the rows of a quarter). PostgreSQL is served as well.
DROP INDEX decision_month_person;
CREATE INDEX decision_month_person ON decision_month (id_number, subsidy, run_id);

-- The feedback workbook reads a submission's refused rows and, through them, their dropped months.
CREATE INDEX decision_submission ON decision (run_id, submission_id, subsidy, row_number);
