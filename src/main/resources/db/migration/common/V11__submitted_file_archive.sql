-- The archive of submitted files (README "More than one machine"): the inventory step of a run that reads
-- by workers stores each file of the inbox here, content-addressed by its SHA-256, so that a read partition
-- can run on a machine that does not see the inbox. A file already archived (the same bytes, under any name
-- or in any quarter) is stored once. Its bytes are kept in blocks of at most 1 MiB, written and read one
-- block at a time, so that neither side ever holds a whole file in memory. The file row is written after
-- its last block: a file row means a complete file.
CREATE TABLE submitted_file_block (
    sha256    CHAR(64)   NOT NULL,
    block_no  INTEGER    NOT NULL,
    bytes     BYTEA      NOT NULL,           -- H2 reads BYTEA as BINARY VARYING
    PRIMARY KEY (sha256, block_no)
);

CREATE TABLE submitted_file (
    sha256      CHAR(64)   NOT NULL PRIMARY KEY,
    file_size   BIGINT     NOT NULL,
    blocks      INTEGER    NOT NULL,
    archived_at TIMESTAMP  NOT NULL
);
