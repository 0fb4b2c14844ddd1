-- The holder of a quarter's lock proves it is alive by updating heartbeat_at (database time,
-- LOCALTIMESTAMP) every few seconds; a lock whose holder is gone is an interrupted run.
ALTER TABLE quarter_lock ADD COLUMN heartbeat_at TIMESTAMP;
