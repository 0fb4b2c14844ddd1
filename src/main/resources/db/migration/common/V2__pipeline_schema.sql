-- The pipeline's own record: every output file can be rewritten from these tables.
-- Portable SQL: the same script runs on H2 and PostgreSQL.
-- Months are stored as INTEGER yyyyMM (202503); money as DECIMAL(14,2).

-- One execution of the quarterly job for a quarter (a re-run is a new run; a restart is the same run).
CREATE TABLE pipeline_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    quarter          VARCHAR(6)   NOT NULL,
    inbox            VARCHAR(1000) NOT NULL,
    out_dir          VARCHAR(1000) NOT NULL,
    state            VARCHAR(12)  NOT NULL,   -- RUNNING, COMPLETED, FAILED
    started_at       TIMESTAMP    NOT NULL,
    finished_at      TIMESTAMP,
    job_execution_id BIGINT
);
CREATE SEQUENCE pipeline_run_seq START WITH 1;

-- The run whose results are the quarter's published record (rules §8); switched atomically.
CREATE TABLE quarter_state (
    quarter          VARCHAR(6)   NOT NULL PRIMARY KEY,
    published_run_id BIGINT       NOT NULL,
    published_at     TIMESTAMP    NOT NULL
);

-- At most one run per quarter at a time, across processes.
CREATE TABLE quarter_lock (
    quarter   VARCHAR(6)   NOT NULL PRIMARY KEY,
    run_id    BIGINT       NOT NULL,
    owner     VARCHAR(200) NOT NULL,
    locked_at TIMESTAMP    NOT NULL
);

-- A district file as received, identified by its SHA-256 (rules §7, §8 submissions.csv).
CREATE TABLE submission (
    id            BIGINT        NOT NULL PRIMARY KEY,
    quarter       VARCHAR(6)    NOT NULL,
    district_code VARCHAR(6),                -- null: not attributable to a district
    file_name     VARCHAR(500)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    file_size     BIGINT        NOT NULL,
    status        VARCHAR(10)   NOT NULL,    -- PENDING (not yet read), ACCEPTED, REJECTED
    error_codes   VARCHAR(500),
    stats_status  VARCHAR(10),               -- ACCEPTED, REJECTED (rules §7), null when not read
    rows_read     INTEGER,
    received_at   TIMESTAMP     NOT NULL,
    read_at       TIMESTAMP
);
CREATE SEQUENCE submission_seq START WITH 1;
CREATE INDEX submission_quarter ON submission (quarter, district_code);

-- Which submissions make up a run, one per district at most (plus refused ones).
CREATE TABLE run_submission (
    run_id        BIGINT     NOT NULL,
    submission_id BIGINT     NOT NULL,
    duplicate     BOOLEAN    NOT NULL,       -- one of two files for the same district: DUPLICATE_SUBMISSION
    PRIMARY KEY (run_id, submission_id)
);

-- Problems found in a submission that are not about a data row: missing sheet/column,
-- unknown district, statistics errors (rules §7). Shown in the district's feedback workbook.
CREATE TABLE submission_error (
    submission_id BIGINT       NOT NULL,
    seq           INTEGER      NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    sheet         VARCHAR(100),
    row_number    INTEGER,
    column_name   VARCHAR(100),
    cell_value    VARCHAR(300),
    message       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (submission_id, seq)
);

-- Every data row of the three subsidy sheets, typed (rules §3.2–3.4); null where unreadable.
CREATE TABLE application (
    submission_id        BIGINT        NOT NULL,
    subsidy              VARCHAR(8)    NOT NULL,
    row_number           INTEGER       NOT NULL,
    district_code        VARCHAR(6)    NOT NULL,
    id_number            VARCHAR(64),
    name                 VARCHAR(200),
    category             VARCHAR(20),
    graduation_date      DATE,
    entity_type          VARCHAR(20),
    entity_name          VARCHAR(300),
    credit_code          VARCHAR(64),
    registration_date    DATE,
    first_business       BOOLEAN,
    operating            BOOLEAN,
    employer_type        VARCHAR(20),
    contract_start       DATE,
    contract_end         DATE,
    employment_registered BOOLEAN,
    flexible_registration_date DATE,
    start_month          INTEGER,
    end_month            INTEGER,
    monthly_amount       DECIMAL(14,2),
    application_date     DATE,
    field_codes          VARCHAR(400),   -- ';'-separated, sorted; null when every field is valid
    PRIMARY KEY (submission_id, subsidy, row_number)
);

-- Each invalid cell of a row (rules §5.4), for the feedback workbook.
CREATE TABLE field_error (
    submission_id BIGINT       NOT NULL,
    subsidy       VARCHAR(8)   NOT NULL,
    row_number    INTEGER      NOT NULL,
    seq           INTEGER      NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    column_name   VARCHAR(100) NOT NULL,
    column_letter VARCHAR(4)   NOT NULL,
    cell_value    VARCHAR(300),
    PRIMARY KEY (submission_id, subsidy, row_number, seq)
);

-- The 就业统计 sheet as read (rules §3.5).
CREATE TABLE statistic_input (
    submission_id BIGINT      NOT NULL,
    indicator     VARCHAR(40) NOT NULL,
    month1        BIGINT,
    month2        BIGINT,
    month3        BIGINT,
    total         BIGINT,
    PRIMARY KEY (submission_id, indicator)
);

-- One decision per data row (rules §5, §8 decisions.csv).
CREATE TABLE decision (
    run_id        BIGINT        NOT NULL,
    quarter       VARCHAR(6)    NOT NULL,
    subsidy       VARCHAR(8)    NOT NULL,
    district_code VARCHAR(6)    NOT NULL,
    row_number    INTEGER       NOT NULL,
    submission_id BIGINT        NOT NULL,
    id_number     VARCHAR(64),
    name          VARCHAR(200),
    decision      VARCHAR(8)    NOT NULL,
    months        INTEGER       NOT NULL,
    amount        DECIMAL(14,2) NOT NULL,
    reason_codes  VARCHAR(400),
    PRIMARY KEY (run_id, subsidy, district_code, row_number)
);

-- Each claimed month of a social-insurance application: kept (dropped_code null) or dropped.
-- Kept months are what "months already paid" and the caps count (rules §5.2, §5.3).
CREATE TABLE decision_month (
    run_id        BIGINT        NOT NULL,
    quarter       VARCHAR(6)    NOT NULL,
    subsidy       VARCHAR(8)    NOT NULL,
    district_code VARCHAR(6)    NOT NULL,
    row_number    INTEGER       NOT NULL,
    claim_month   INTEGER       NOT NULL,
    id_number     VARCHAR(64)   NOT NULL,
    dropped_code  VARCHAR(40),
    amount        DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (run_id, subsidy, district_code, row_number, claim_month)
);
CREATE INDEX decision_month_person ON decision_month (subsidy, id_number, run_id);

-- Approved start-up subsidies: once per person and once per business (rules §5.1).
CREATE TABLE startup_grant (
    run_id        BIGINT      NOT NULL,
    quarter       VARCHAR(6)  NOT NULL,
    district_code VARCHAR(6)  NOT NULL,
    row_number    INTEGER     NOT NULL,
    id_number     VARCHAR(64) NOT NULL,
    credit_code   VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, district_code, row_number)
);
CREATE INDEX startup_grant_person ON startup_grant (id_number, run_id);
CREATE INDEX startup_grant_business ON startup_grant (credit_code, run_id);

-- Resumable progress of the decide step, committed with each chunk, so that a restart goes on after it.
CREATE TABLE decide_progress (
    run_id        BIGINT     NOT NULL,
    subsidy       VARCHAR(8) NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    row_number    INTEGER    NOT NULL,
    PRIMARY KEY (run_id, subsidy)
);

-- Aggregated statistics (rules §7, §8 statistics.csv). stat_value null = unknown.
CREATE TABLE statistic_result (
    run_id        BIGINT      NOT NULL,
    quarter       VARCHAR(6)  NOT NULL,
    district_code VARCHAR(6)  NOT NULL,
    indicator     VARCHAR(40) NOT NULL,
    stat_value    BIGINT,
    last_year     BIGINT,
    yoy_pct       DECIMAL(12,2),
    year_to_date  BIGINT,
    PRIMARY KEY (run_id, district_code, indicator)
);
