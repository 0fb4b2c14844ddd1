-- A simulation's history lookups (decide.History) read a person's simulated decisions only where months
-- were kept, as the record's do (V8): the simulation's person index holds just those rows, so start-up
-- decisions and refusals cost no random insert into it while a simulation writes its decisions.
-- H2 has no partial indexes and keeps the V10 index over every simulated decision.
DROP INDEX simulation_decision_person;
CREATE INDEX simulation_decision_person ON simulation_decision (id_number, subsidy, run_id) WHERE kept_months IS NOT NULL;
