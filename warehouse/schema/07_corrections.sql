-- Corrections: what a statistician decided about a figure, kept apart from what
-- baocao read. The lines of jobs/corrections.csv (see the README) are matched to
-- the figures of every run: each line that finds its figure is in
-- correction_applied with that figure's key; every line, found or not, has its
-- outcome in correction_outcome. fact_observation itself always holds the
-- figures as extracted, so a reload never loses a correction and a correction
-- never hides what the extractor read.

-- correction_applied: the corrections in force, one row per corrected figure.
--   action   confirm   the figure is right as read
--            change    the non-NULL columns among indicator .. area replace what was read
--            delete    the figure is not a figure (kept in v_fact_reviewed, left out of the views)
--            add       a figure the extractor missed; the columns below are the whole figure
--   sha256 + char_start/char_end (or table_index/row/col): the figure's key in fact_observation,
--            as found in this run (a line made against an earlier version of the file is
--            matched by its evidence text and found here under the new version's key)
CREATE TABLE IF NOT EXISTS correction_applied (
    line_no        INTEGER NOT NULL,   -- the line of jobs/corrections.csv (the header is line 1)
    action         VARCHAR NOT NULL CHECK (action IN ('confirm', 'change', 'delete', 'add')),
    sha256         VARCHAR NOT NULL,
    path           VARCHAR,            -- for an added figure: the document it was read from
    source_file    VARCHAR NOT NULL,
    char_start     INTEGER,
    char_end       INTEGER,
    table_index    INTEGER,
    table_row      INTEGER,
    table_col      INTEGER,
    evidence       VARCHAR,
    indicator      VARCHAR,
    measure        VARCHAR,
    status         VARCHAR,
    period_start   DATE,
    period_end     DATE,
    value          DOUBLE,
    area           VARCHAR,
    who            VARCHAR NOT NULL,
    corrected_on   VARCHAR NOT NULL,   -- the 'when' of the line, as written (an ISO date or date and time)
    why            VARCHAR NOT NULL,
    -- which figure of the span it corrects, as extracted: a pair such as '92.700/325.000 triệu đồng'
    -- gives two figures (actual and target) from the same characters. NULL for an added figure.
    fact_indicator VARCHAR,
    fact_measure   VARCHAR,
    fact_status    VARCHAR
);
-- Warehouses made before these columns get them added at the end.
ALTER TABLE correction_applied ADD COLUMN IF NOT EXISTS fact_indicator VARCHAR;
ALTER TABLE correction_applied ADD COLUMN IF NOT EXISTS fact_measure VARCHAR;
ALTER TABLE correction_applied ADD COLUMN IF NOT EXISTS fact_status VARCHAR;

-- correction_outcome: every line of the corrections file in the last run.
--   outcome  applied     found its figure (or, for add, its document)
--            orphan      its figure, or its document, is no longer in the warehouse
--            ambiguous   its evidence text fits several figures of the new version of the file
--            invalid     the line itself is wrong (message says why)
CREATE TABLE IF NOT EXISTS correction_outcome (
    run_id       VARCHAR NOT NULL,
    line_no      INTEGER NOT NULL,
    action       VARCHAR,
    source_file  VARCHAR,
    outcome      VARCHAR NOT NULL CHECK (outcome IN ('applied', 'orphan', 'ambiguous', 'invalid')),
    message      VARCHAR
);

-- v_fact_reviewed: every extracted figure with its correction applied, and every
-- added figure. The extracted_* columns keep what was read; correction is NULL
-- for a figure nobody reviewed, else confirm | change | delete | add;
-- correction_note says who, when and why.
CREATE OR REPLACE VIEW v_fact_reviewed AS
SELECT f.* REPLACE (
           coalesce(a.indicator, f.indicator)       AS indicator,
           coalesce(a.measure, f.measure)           AS measure,
           coalesce(a.status, f.status)             AS status,
           coalesce(a.period_start, f.period_start) AS period_start,
           coalesce(a.period_end, f.period_end)     AS period_end,
           coalesce(a.value, f.value)               AS value,
           coalesce(a.area, f.area)                 AS area),
       f.indicator    AS extracted_indicator,
       f.measure      AS extracted_measure,
       f.status       AS extracted_status,
       f.period_start AS extracted_period_start,
       f.period_end   AS extracted_period_end,
       f.value        AS extracted_value,
       a.action       AS correction,
       a.line_no      AS correction_line,
       CASE WHEN a.action IS NOT NULL THEN a.who || ', ' || a.corrected_on || ': ' || a.why END AS correction_note
FROM fact_observation f
LEFT JOIN correction_applied a
       ON a.action <> 'add' AND a.sha256 = f.sha256
      AND ((a.char_start = f.char_start AND a.char_end = f.char_end)
           OR (a.table_index = f.table_index AND a.table_row = f.table_row AND a.table_col = f.table_col))
      AND (a.fact_status IS NULL
           OR (a.fact_indicator = f.indicator AND a.fact_measure = f.measure AND a.fact_status = f.status))
UNION ALL BY NAME
SELECT d.sha256, coalesce(a.path, d.path) AS path, a.source_file, coalesce(a.area, d.area) AS area, d.area_level, a.indicator, a.measure, a.status,
       a.value, NULL::DOUBLE AS value_high, NULL AS qualifier, i.unit, a.period_start, a.period_end, a.evidence,
       a.char_start, a.char_end, 'correction:' || a.line_no AS rule, a.table_index, a.table_row, a.table_col,
       d.loaded_at, CASE WHEN a.area IS NULL THEN d.area_code END AS area_code,
       CASE WHEN a.area IS NULL THEN d.area_key END AS area_key, NULL AS basis, NULL AS season,
       NULL AS extracted_indicator, NULL AS extracted_measure, NULL AS extracted_status,
       NULL::DATE AS extracted_period_start, NULL::DATE AS extracted_period_end, NULL::DOUBLE AS extracted_value,
       'add' AS correction, a.line_no AS correction_line,
       a.who || ', ' || a.corrected_on || ': ' || a.why AS correction_note
FROM correction_applied a
JOIN document_register d ON d.loaded_sha256 = a.sha256 AND d.path = coalesce(a.path, d.path)
LEFT JOIN dim_indicator i ON i.code = a.indicator
WHERE a.action = 'add';

-- v_fact_corrected: the figures in force, as corrected: v_fact_reviewed without
-- the deleted ones. What the year-on-year views, the export and the consistency
-- checks read.
CREATE OR REPLACE VIEW v_fact_corrected AS
SELECT * FROM v_fact_reviewed WHERE correction IS DISTINCT FROM 'delete';

-- stage_correction: the valid lines of the corrections file in this run, the job's
-- scratch table for matching them all to the facts at once (emptied every run).
CREATE TABLE IF NOT EXISTS stage_correction (
    line_no        INTEGER NOT NULL,
    file           VARCHAR NOT NULL,
    sha256         VARCHAR,
    char_start     INTEGER,
    char_end       INTEGER,
    table_index    INTEGER,
    table_row      INTEGER,
    table_col      INTEGER,
    evidence       VARCHAR,
    action         VARCHAR NOT NULL,
    indicator      VARCHAR,
    measure        VARCHAR,
    status         VARCHAR,
    period_start   DATE,
    period_end     DATE,
    value          DOUBLE,
    area           VARCHAR,
    who            VARCHAR NOT NULL,
    corrected_on   VARCHAR NOT NULL,
    why            VARCHAR NOT NULL
);
