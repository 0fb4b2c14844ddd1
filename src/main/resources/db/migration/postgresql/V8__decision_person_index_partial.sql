-- The history lookups (decide.History) read a person's decisions only where months were kept
-- ("kept_months IS NOT NULL": employer and flexible decisions APPROVED or PARTIAL). On PostgreSQL the
-- person index holds just those rows: start-up decisions and refusals (about 40 % of a quarter's
-- decisions in the synthetic quarters) no longer cost a random insert into it.
-- H2 has no partial indexes and keeps the V6 index over every decision.
DROP INDEX decision_person;
CREATE INDEX decision_person ON decision (id_number, subsidy, run_id) WHERE kept_months IS NOT NULL;
