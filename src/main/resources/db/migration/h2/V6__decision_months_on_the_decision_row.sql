-- A decision's claimed months move onto its row: decision_month held about five rows per
-- application row, and writing them was most of the decide step. Encoding: domain.MonthRuns —
-- kept_months "202501-202503,202505" (the months paid: "already paid" and the caps count these),
-- dropped_months "202412:MONTH_BEFORE_CONTRACT,...". Existing decisions are carried over month by
-- month (MonthRuns reads single months as well as runs), so no quarter's history is lost.
-- Vendor-specific only for the string aggregate (H2 LISTAGG, PostgreSQL string_agg).
ALTER TABLE decision ADD COLUMN kept_months VARCHAR(1000);
ALTER TABLE decision ADD COLUMN dropped_months VARCHAR(10000);

UPDATE decision d SET
    kept_months = (SELECT LISTAGG(CAST(m.claim_month AS VARCHAR), ',') WITHIN GROUP (ORDER BY m.claim_month)
                   FROM decision_month m
                   WHERE m.run_id = d.run_id AND m.subsidy = d.subsidy AND m.district_code = d.district_code
                     AND m.row_number = d.row_number AND m.dropped_code IS NULL),
    dropped_months = (SELECT LISTAGG(CAST(m.claim_month AS VARCHAR) || ':' || m.dropped_code, ',') WITHIN GROUP (ORDER BY m.claim_month)
                      FROM decision_month m
                      WHERE m.run_id = d.run_id AND m.subsidy = d.subsidy AND m.district_code = d.district_code
                        AND m.row_number = d.row_number AND m.dropped_code IS NOT NULL)
WHERE d.subsidy <> 'startup';

DROP TABLE decision_month;

-- History of a chunk's people (decide.History): their decisions under a subsidy, led by id_number
-- (H2 uses an IN list only on an index's leading column).
CREATE INDEX decision_person ON decision (id_number, subsidy, run_id);
