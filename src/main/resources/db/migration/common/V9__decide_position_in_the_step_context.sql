-- The decide step is chunk-oriented: each subsidy's partition keeps its position (the last row it
-- decided) in its Spring Batch step ExecutionContext, committed with each chunk of decisions, so the
-- pipeline's own progress mark is no longer written. A run left unfinished by an older version
-- resumes its decide step from the start: its partial decisions are those of an unpublished run,
-- which the restarted step writes anew.
DELETE FROM decision WHERE run_id IN (SELECT run_id FROM decide_progress);
DELETE FROM startup_grant WHERE run_id IN (SELECT run_id FROM decide_progress);
DROP TABLE decide_progress;
