-- Simulations of a change of the policy parameters (docs/simulation.md): a quarter's published run
-- decided again under another parameter tree. They never touch the record (decision, startup_grant):
-- their decisions go into tables of the same shape, keyed by the simulation's id where the record
-- has the run's, so that the decide step's writer and history serve both (decide.DecisionTables).
-- A simulation of the same quarter and name replaces the earlier one.
CREATE SEQUENCE simulation_seq START WITH 1;

CREATE TABLE simulation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    quarter       VARCHAR(6)    NOT NULL,
    name          VARCHAR(40)   NOT NULL,
    run_id        BIGINT        NOT NULL,
    policy_dir    VARCHAR(1000) NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP,
    CONSTRAINT simulation_quarter_name UNIQUE (quarter, name)
);

-- Shaped like decision; run_id holds simulation.id.
CREATE TABLE simulation_decision (
    run_id         BIGINT        NOT NULL,
    quarter        VARCHAR(6)    NOT NULL,
    subsidy        VARCHAR(8)    NOT NULL,
    district_code  VARCHAR(6)    NOT NULL,
    row_number     INTEGER       NOT NULL,
    submission_id  BIGINT        NOT NULL,
    id_number      VARCHAR(64),
    name           VARCHAR(200),
    decision       VARCHAR(8)    NOT NULL,
    months         INTEGER       NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    reason_codes   VARCHAR(400),
    kept_months    VARCHAR(1000),
    dropped_months VARCHAR(10000),
    PRIMARY KEY (run_id, subsidy, district_code, row_number)
);
-- The history of a chunk's people within the simulation (decide.History), led by id_number as the
-- record's decision_person index is.
CREATE INDEX simulation_decision_person ON simulation_decision (id_number, subsidy, run_id);

-- Shaped like startup_grant; run_id holds simulation.id.
CREATE TABLE simulation_grant (
    run_id        BIGINT      NOT NULL,
    quarter       VARCHAR(6)  NOT NULL,
    district_code VARCHAR(6)  NOT NULL,
    row_number    INTEGER     NOT NULL,
    id_number     VARCHAR(64) NOT NULL,
    credit_code   VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, district_code, row_number)
);
CREATE INDEX simulation_grant_person ON simulation_grant (id_number, run_id);
CREATE INDEX simulation_grant_business ON simulation_grant (credit_code, run_id);
