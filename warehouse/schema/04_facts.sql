-- fact_observation: one number about one indicator, for one area and one
-- period, taken from one place in one document (see the observation model in
-- the README).
--
--   measure  value          the level of the indicator for the period
--            pct_of_target  share of the plan reached, in percent
--            yoy_pct        change against the same period a year earlier, in percent
--            yoy_abs        change against the same period, in the indicator's unit
--            mom_pct        change against the previous month or quarter, in percent
--            prev_value     the same period's level a year earlier, as stated
--   status   actual | estimate | target   (a target is never an observed figure)
--   value    plain number in the indicator's unit: money in VND, counts as counts
--   area     the unit's proper name ('Thới Lai'); area_code its GSO/NSO code, area_key its dim_area key
--   basis    what tells two figures of one indicator and period apart: the price basis of a GRDP
--            ('giá hiện hành', 'giá so sánh'), or whose plan a share of plan is against ('hđnd tỉnh')
--   season   the crop season a figure is about ('đông xuân 2018-2019'), for crops
--
-- Grounding: sha256 + source_file + char_start/char_end point at the exact
-- characters of the document's text (for .txt/.md the file itself; for Word,
-- PDF and Excel the text baocao read from it); a figure read from a table has
-- table_index/table_row/table_col instead. evidence is that text and its
-- surroundings (or the row name, column header and cell); rule names the
-- dictionary entry and pattern that produced it.
CREATE TABLE IF NOT EXISTS fact_observation (
    sha256         VARCHAR NOT NULL,   -- the document's content hash (document_register.sha256)
    path           VARCHAR NOT NULL,   -- where the document was read from
    source_file    VARCHAR NOT NULL,   -- file base name, for people
    area           VARCHAR,
    area_level     VARCHAR CHECK (area_level IN ('province', 'district', 'commune')),
    indicator      VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL CHECK (measure IN ('value', 'pct_of_target', 'yoy_pct', 'yoy_abs', 'mom_pct', 'prev_value')),
    status         VARCHAR NOT NULL CHECK (status IN ('actual', 'estimate', 'target')),
    value          DOUBLE  NOT NULL,
    value_high     DOUBLE,             -- upper end of a range such as '113 - 115 triệu đồng'
    qualifier      VARCHAR,            -- hơn, gần, trên, khoảng, tối thiểu, trở lên ...
    unit           VARCHAR,            -- the indicator's unit: VND, percent, person, case ...
    period_start   DATE,               -- first month covered (day is always 1)
    period_end     DATE,               -- last month covered (day is always 1)
    evidence       VARCHAR,
    char_start     INTEGER,
    char_end       INTEGER,
    rule           VARCHAR,
    table_index    INTEGER,            -- for a figure read from a table: which table (0 = first; sheet number in a workbook)
    table_row      INTEGER,            -- ... its row (0-based)
    table_col      INTEGER,            -- ... its column (0-based)
    loaded_at      TIMESTAMP NOT NULL,
    area_code      VARCHAR,            -- the area's GSO/NSO code
    area_key       VARCHAR,            -- the area's dim_area key ('old:927', 'new:92')
    basis          VARCHAR,            -- price basis or whose plan; NULL for none
    season         VARCHAR,            -- crop season and crop year; NULL for none
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
);
ALTER TABLE fact_observation ADD COLUMN IF NOT EXISTS area_code VARCHAR;
ALTER TABLE fact_observation ADD COLUMN IF NOT EXISTS area_key VARCHAR;
ALTER TABLE fact_observation ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE fact_observation ADD COLUMN IF NOT EXISTS season VARCHAR;
