-- The decide step is chunk-oriented (decide.DecideStepConfiguration): each subsidy's partition keeps its
-- position, the last row it decided, in its Spring Batch step ExecutionContext, committed with each chunk
-- of decisions; the pipeline's own progress mark goes.
-- A run an earlier version left unfinished before its decide step completed has partial decisions that
-- the new partitions know nothing of: they are removed, and the restarted run decides the quarter from its
-- first row. A run whose decide step had completed keeps its decisions: its restart goes on after it.
-- (Only runs not yet published have a progress mark: publishing a run removed its quarter's marks.)
DELETE FROM decision WHERE run_id IN (SELECT run_id FROM decide_progress)
    AND run_id NOT IN (SELECT CAST(p.PARAMETER_VALUE AS BIGINT) FROM BATCH_JOB_EXECUTION_PARAMS p
                       JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                       WHERE p.PARAMETER_NAME = 'run' AND s.STEP_NAME = 'decideStep' AND s.STATUS = 'COMPLETED');
DELETE FROM startup_grant WHERE run_id IN (SELECT run_id FROM decide_progress)
    AND run_id NOT IN (SELECT CAST(p.PARAMETER_VALUE AS BIGINT) FROM BATCH_JOB_EXECUTION_PARAMS p
                       JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                       WHERE p.PARAMETER_NAME = 'run' AND s.STEP_NAME = 'decideStep' AND s.STATUS = 'COMPLETED');
DROP TABLE decide_progress;
