-- Dimensions of the star schema. fact_observation carries the natural keys
-- (area + area_level, indicator, period_start/period_end, sha256); these
-- tables describe them. Keys are stable text, so a statistician can join
-- without looking up surrogate numbers.

-- dim_indicator: the indicator dictionary (jobs/dictionary/indicators.csv),
-- refreshed at the start of every run.
CREATE TABLE IF NOT EXISTS dim_indicator (
    code      VARCHAR NOT NULL PRIMARY KEY,
    family    VARCHAR NOT NULL,
    unit      VARCHAR NOT NULL,
    name_vi   VARCHAR NOT NULL,
    name_en   VARCHAR NOT NULL
);

-- dim_area: every reporting area seen. Vietnam's administrative map changes
-- (provinces merged and districts abolished in 2025): an area that no longer
-- exists keeps its rows, with valid_to set by whoever maintains the map; its
-- successor can be named in parent_key or a later row.
CREATE TABLE IF NOT EXISTS dim_area (
    area_key    VARCHAR NOT NULL PRIMARY KEY,  -- level:name in lower case, e.g. 'district:quận cái răng'
    name        VARCHAR NOT NULL,              -- as reports write it, e.g. 'quận Cái Răng'
    level       VARCHAR NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_key  VARCHAR,                       -- the province of a district, the district of a commune, when known
    valid_from  DATE,                          -- when the unit was created, when known
    valid_to    DATE,                          -- when it was merged or abolished; NULL while it exists
    first_seen  TIMESTAMP NOT NULL
);

-- dim_period: every period figures were reported for.
CREATE TABLE IF NOT EXISTS dim_period (
    period_key    VARCHAR NOT NULL PRIMARY KEY,  -- 'YYYY-MM..YYYY-MM'
    period_start  DATE    NOT NULL,
    period_end    DATE    NOT NULL,
    kind          VARCHAR NOT NULL CHECK (kind IN ('month', 'quarter', 'half', '9 months', 'year', 'year to date', 'other')),
    year          INTEGER NOT NULL,
    CHECK (period_start <= period_end)
);

-- dim_document: every document version loaded, by content hash.
CREATE TABLE IF NOT EXISTS dim_document (
    sha256       VARCHAR   NOT NULL PRIMARY KEY,
    source_file  VARCHAR   NOT NULL,
    doc_kind     VARCHAR,               -- report, resolution, plan, other
    issuer       VARCHAR,
    doc_number   VARCHAR,
    issued_on    DATE,
    draft        BOOLEAN   NOT NULL,
    loaded_at    TIMESTAMP NOT NULL
);

-- fact_observation_alternate: figures a document gives a second time for the
-- same indicator, measure, status and period (parts of a total, repetitions,
-- a table and the prose disagreeing). Not facts; kept for the checks.
CREATE TABLE IF NOT EXISTS fact_observation_alternate AS SELECT * FROM fact_observation LIMIT 0;

-- check_result: the consistency checks of warehouse/checks.sql, recomputed
-- after every run. severity: error (impossible), warning (suspicious).
CREATE TABLE IF NOT EXISTS check_result (
    run_id        VARCHAR NOT NULL,
    check_name    VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
    area          VARCHAR,
    indicator     VARCHAR,
    period_start  DATE,
    period_end    DATE,
    source_file   VARCHAR,
    sha256        VARCHAR,
    message       VARCHAR NOT NULL,
    evidence      VARCHAR
);
