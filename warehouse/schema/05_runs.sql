-- run_log: one row per ingest run, the figures its summary printed.
CREATE TABLE IF NOT EXISTS run_log (
    run_id             VARCHAR   NOT NULL PRIMARY KEY,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP NOT NULL,
    files_seen         INTEGER   NOT NULL,
    skipped_unchanged  INTEGER   NOT NULL,   -- same path, size and time, or same content as already registered
    skipped_duplicate  INTEGER   NOT NULL,   -- same content as another file already loaded
    loaded             INTEGER   NOT NULL,
    rejected           INTEGER   NOT NULL,
    observations       INTEGER   NOT NULL,   -- observations loaded by this run
    forced             BOOLEAN   NOT NULL
);

-- stage_file: what the discover step decided for each file it saw in this run.
CREATE TABLE IF NOT EXISTS stage_file (
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    sha256         VARCHAR,
    size_bytes     BIGINT  NOT NULL,
    modified_at    TIMESTAMP,
    action         VARCHAR NOT NULL,   -- process / unchanged / duplicate
    note           VARCHAR             -- why it was skipped, or why it cannot be read
);
