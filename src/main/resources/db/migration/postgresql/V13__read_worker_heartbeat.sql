-- The worker processes that read partitions of the read step (README "More than one machine"): each one
-- records here, every pipeline.read.worker-heartbeat, that it is alive (database time, LOCALTIMESTAMP), so
-- that the process that runs the job can tell a worker that died mid-partition from a slow one, and fail
-- the partition in time rather than at pipeline.read.timeout. A worker removes its row when it stops.
-- PostgreSQL only: H2 has no workers.
CREATE TABLE read_worker (
    worker       VARCHAR(255) NOT NULL PRIMARY KEY, -- pid@host, as read partitions record who read them
    started_at   TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);
