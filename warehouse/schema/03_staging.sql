-- Staging: what one ingest run extracted, before it is loaded into the facts.
--
-- Staging is scratch space owned by the running job: TEMP tables, private to
-- the job's connection and gone when it closes. Nothing staged is written to
-- the warehouse file or its log, so staging costs no disk writes and no
-- compression at checkpoints, and rows of a run that was killed cannot reach
-- the facts: they died with it. DuckDB keeps TEMP tables in memory up to its
-- memory limit and spills the rest to its temporary directory.
-- Rows are written with the DuckDB Appender, never one INSERT at a time.

-- Warehouses made before staging moved to TEMP tables hold it in the file;
-- these drop that copy (no TEMP table exists yet when the schema is applied).
DROP TABLE IF EXISTS stage_observation;
DROP TABLE IF EXISTS stage_document;

-- One row per document read: what the file is, what it says about itself.
CREATE TEMP TABLE stage_document (
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,   -- the file name, as the facts show it
    sha256         VARCHAR,
    size_bytes     BIGINT  NOT NULL,
    modified_at    TIMESTAMP,
    format         VARCHAR,
    doc_kind       VARCHAR,
    area           VARCHAR,
    area_level     VARCHAR,
    period_start   DATE,
    period_end     DATE,
    status         VARCHAR NOT NULL,   -- extracted / rejected
    reason         VARCHAR,
    observations   INTEGER NOT NULL,
    issuer         VARCHAR,
    doc_number     VARCHAR,
    issued_on      DATE,
    draft          BOOLEAN NOT NULL,
    area_type      VARCHAR,
    area_code      VARCHAR,
    area_key       VARCHAR,
    area_note      VARCHAR
);

-- One row per figure found; what is true of the whole document (its content
-- hash, file name and area) is in stage_document, joined on path.
CREATE TEMP TABLE stage_observation (
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    indicator      VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL,
    status         VARCHAR NOT NULL,
    value          DOUBLE  NOT NULL,
    value_high     DOUBLE,
    qualifier      VARCHAR,
    unit           VARCHAR,
    period_start   DATE,
    period_end     DATE,
    evidence       VARCHAR,
    char_start     INTEGER,
    char_end       INTEGER,
    rule           VARCHAR,
    table_index    INTEGER,
    table_row      INTEGER,
    table_col      INTEGER,
    headline       BOOLEAN NOT NULL,   -- false: an alternate figure for a key the document already gave
    basis          VARCHAR,
    season         VARCHAR
);
