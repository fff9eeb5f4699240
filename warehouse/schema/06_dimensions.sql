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

-- dim_area: the administrative units reports were filed for, with their
-- province and district, from the gazetteer bundled with baocao (the official
-- code lists before and from 1 July 2025, and the units abolished 2019-2025).
-- Codes were reused in 2025 (old 24 is Bắc Giang, new 24 is Bắc Ninh), so the
-- key says which list: 'old:927' (huyện Thới Lai), 'new:92' (thành phố Cần Thơ
-- from July 2025). An area whose name fits several units and that nothing
-- pins down has key 'name:<level>:<name>' and no code. Successions across the
-- 2025 reorganisation are in dim_area_succession.
CREATE TABLE IF NOT EXISTS dim_area (
    area_key    VARCHAR NOT NULL PRIMARY KEY,  -- 'old:927', 'new:92', or 'name:district:thới lai'
    name        VARCHAR NOT NULL,              -- proper name, e.g. 'Thới Lai'
    level       VARCHAR NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_key  VARCHAR,                       -- the province of a district, the district (before 2025) or province (from 2025) of a commune
    valid_from  DATE,                          -- first day in force, where the lists say (1 July 2025 for the new units)
    valid_to    DATE,                          -- last day in force (30 June 2025 for units of the old lists; the last list for units abolished earlier)
    first_seen  TIMESTAMP NOT NULL,
    code        VARCHAR,                       -- GSO/NSO code
    type        VARCHAR,                       -- tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu
    province_key VARCHAR                       -- the province the unit lies in (itself for a province)
);
ALTER TABLE dim_area ADD COLUMN IF NOT EXISTS code VARCHAR;
ALTER TABLE dim_area ADD COLUMN IF NOT EXISTS type VARCHAR;
ALTER TABLE dim_area ADD COLUMN IF NOT EXISTS province_key VARCHAR;

-- dim_area_succession: which old units went into which new ones on 1 July 2025
-- (the official conversion table), for the units in dim_area.
CREATE TABLE IF NOT EXISTS dim_area_succession (
    old_key   VARCHAR NOT NULL,
    new_key   VARCHAR NOT NULL,
    extent    VARCHAR NOT NULL,                -- whole, or part when the old unit was split
    PRIMARY KEY (old_key, new_key)
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
ALTER TABLE fact_observation_alternate ADD COLUMN IF NOT EXISTS area_code VARCHAR;
ALTER TABLE fact_observation_alternate ADD COLUMN IF NOT EXISTS area_key VARCHAR;
ALTER TABLE fact_observation_alternate ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE fact_observation_alternate ADD COLUMN IF NOT EXISTS season VARCHAR;

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

-- check_basis: what the findings in check_result were worked out from, besides
-- the facts: a fingerprint of the dimensions and of the corrections in force.
-- A run that loads nothing and finds the same fingerprint keeps the findings
-- without running the checks again.
CREATE TABLE IF NOT EXISTS check_basis (
    fingerprint   VARCHAR NOT NULL
);
