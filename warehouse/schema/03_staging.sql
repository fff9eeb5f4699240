-- Staging: what one ingest run extracted, before it is loaded into the facts.
--
-- Staging is scratch space owned by the running job. Each run starts by
-- emptying it, so rows left by a run that was killed never reach the facts.
-- Rows are written with the DuckDB Appender, never one INSERT at a time.
CREATE TABLE IF NOT EXISTS stage_document (
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
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

CREATE TABLE IF NOT EXISTS stage_observation (
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,
    area           VARCHAR,
    area_level     VARCHAR,
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
    area_code      VARCHAR,
    area_key       VARCHAR,
    basis          VARCHAR,
    season         VARCHAR
);
-- Staging is scratch space: tables of an earlier version are rebuilt, not migrated.
ALTER TABLE stage_document ADD COLUMN IF NOT EXISTS area_type VARCHAR;
ALTER TABLE stage_document ADD COLUMN IF NOT EXISTS area_code VARCHAR;
ALTER TABLE stage_document ADD COLUMN IF NOT EXISTS area_key VARCHAR;
ALTER TABLE stage_document ADD COLUMN IF NOT EXISTS area_note VARCHAR;
ALTER TABLE stage_observation ADD COLUMN IF NOT EXISTS area_code VARCHAR;
ALTER TABLE stage_observation ADD COLUMN IF NOT EXISTS area_key VARCHAR;
ALTER TABLE stage_observation ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE stage_observation ADD COLUMN IF NOT EXISTS season VARCHAR;
