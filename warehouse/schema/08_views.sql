-- Views for year-on-year work. Periods in the views are 'YYYY-MM' text where
-- the column is named period_start/period_end, so spreadsheets show them as
-- written; the facts keep DATE.

-- Every version of every figure, ranked: an observed figure (actual over
-- estimate) over a draft, the later issue date over the earlier. A figure is
-- one area (area_id: its dim_area key, or its level and name when the unit is
-- not known), indicator, measure, status class, period, basis and season.
-- Figures are as corrected (v_fact_corrected): a deleted figure is left out, an
-- added one is in; extracted_value keeps what was read beside the corrected
-- value, and correction / correction_note say who changed what and why.
CREATE OR REPLACE VIEW v_observation_versions AS
SELECT f.*,
       coalesce(f.area_key, 'name:' || coalesce(f.area_level, '?') || ':' || lower(coalesce(f.area, '?'))) AS area_id,
       d.issued_on,
       coalesce(d.draft, false) AS draft,
       CASE WHEN f.status = 'target' THEN 'target' ELSE 'observed' END AS status_class,
       row_number() OVER (
           PARTITION BY coalesce(f.area_key, 'name:' || coalesce(f.area_level, '?') || ':' || lower(coalesce(f.area, '?'))),
                        f.indicator, f.measure, CASE WHEN f.status = 'target' THEN 'target' ELSE 'observed' END,
                        f.period_start, f.period_end, f.basis, f.season
           ORDER BY (f.status = 'actual') DESC, coalesce(d.draft, false) ASC,
                    coalesce(d.issued_on, CAST(f.loaded_at AS DATE)) DESC, f.loaded_at DESC, f.sha256) AS version_rank
FROM v_fact_corrected f
LEFT JOIN dim_document d USING (sha256);

-- The current best value of each figure, with what it superseded.
CREATE OR REPLACE VIEW v_observation_current AS
SELECT c.*,
       coalesce(s.superseded_count, 0) AS superseded_count,
       s.superseded_values,
       s.superseded_sources
FROM v_observation_versions c
LEFT JOIN (
    SELECT area_id, indicator, measure, status_class, period_start, period_end, basis, season,
           count(*) AS superseded_count,
           list(value ORDER BY version_rank) AS superseded_values,
           list(source_file || ' (' || status || ')' ORDER BY version_rank) AS superseded_sources
    FROM v_observation_versions
    WHERE version_rank > 1
    GROUP BY ALL
) s ON s.area_id = c.area_id AND s.indicator = c.indicator AND s.measure = c.measure AND s.status_class = c.status_class
     AND s.period_start = c.period_start AND s.period_end = c.period_end
     AND s.basis IS NOT DISTINCT FROM c.basis AND s.season IS NOT DISTINCT FROM c.season
WHERE c.version_rank = 1;

-- v_area_lineage: how a unit coded before 1 July 2025 compares with the unit it
-- went into (from dim_area_succession, the official conversion table).
--   relation  same unit   the old unit went whole into a new unit that took in
--                         nothing else (Hà Nội, old:01 -> new:01): one unit, two codes
--             merged      the new unit is several old units, each taken whole
--                         (Cần Thơ, Hậu Giang, Sóc Trăng -> new:92): compare the new
--                         unit with the sum of its predecessors
--             split       the old unit was divided, or the new one took parts of
--                         old units: no comparison across the change
--   predecessor_count     how many old units went into new_key
CREATE OR REPLACE VIEW v_area_lineage AS
WITH into_new AS (
    SELECT new_key, count(*) AS predecessor_count, bool_and(extent = 'whole') AS all_whole
    FROM dim_area_succession GROUP BY new_key
),
out_of_old AS (
    SELECT old_key, count(*) AS successor_count FROM dim_area_succession GROUP BY old_key
)
SELECT s.old_key,
       s.new_key,
       CASE WHEN n.predecessor_count = 1 AND o.successor_count = 1 AND s.extent = 'whole' THEN 'same unit'
            WHEN n.all_whole AND o.successor_count = 1 THEN 'merged'
            ELSE 'split' END AS relation,
       n.predecessor_count
FROM dim_area_succession s
JOIN into_new n USING (new_key)
JOIN out_of_old o USING (old_key);

-- v_yoy: each observed level against the same period a year earlier.
--   comparison   'same unit': the level against the same unit's own earlier level
--                (a unit that only changed its code on 1 July 2025 counts as the
--                same unit); 'sum of predecessors': a unit formed in 2025 by
--                merging whole units, against the sum of its predecessors' levels,
--                offered only where every predecessor reported that indicator and
--                period. Such a row stands beside the 'same unit' row of the same
--                figure, never instead of it: filter on comparison.
--   predecessors the units summed, for 'sum of predecessors'
--   area_key     the unit's dim_area key: 'old:92' (Cần Thơ before 1 July 2025)
--                and 'new:92' (Cần Thơ from then on) are different units
--   prev_value   the year-earlier level: from a loaded document ('loaded'), the
--                sum of the predecessors ('predecessors'), else implied by what
--                the report states (its prev_value, yoy_pct or yoy_abs: 'derived')
--   yoy_abs, yoy_pct      the change computed from value and prev_value
--   reported_yoy_pct      the change the report itself stated
--   yoy_disagrees         the computed and the stated change differ by more than
--                         0.1 percentage point (only where both exist and the
--                         earlier level was loaded or summed)
--   corrected             a statistician changed or added one of the two levels
--                         (jobs/corrections.csv)
CREATE OR REPLACE VIEW v_yoy AS
WITH current_observed AS (
    SELECT * FROM v_observation_current WHERE status_class = 'observed'
),
levels AS (
    SELECT c.area_id, coalesce(sl.new_key, c.area_id) AS unit_id, c.area, c.area_level, c.area_code, c.area_key,
           c.indicator, c.unit, c.period_start, c.period_end, c.basis, c.season,
           regexp_replace(coalesce(c.season, ''), ' .*', '') AS season_name,
           c.value, c.status, c.source_file, c.correction
    FROM current_observed c
    LEFT JOIN v_area_lineage sl ON sl.old_key = c.area_key AND sl.relation = 'same unit'
    WHERE c.measure = 'value'
),
reported AS (
    SELECT area_id, indicator, period_start, period_end, basis, season,
           max(value) FILTER (WHERE measure = 'yoy_pct') AS reported_yoy_pct,
           max(value) FILTER (WHERE measure = 'yoy_abs') AS reported_yoy_abs
    FROM current_observed GROUP BY ALL
),
-- a stated earlier level ('(151.592 lượt)') has the earlier period; it is the prev_value of the period a year on
stated_previous AS (
    SELECT area_id, indicator, CAST(period_start + INTERVAL 1 YEAR AS DATE) AS period_start,
           CAST(period_end + INTERVAL 1 YEAR AS DATE) AS period_end, basis, season, max(value) AS reported_prev_value
    FROM current_observed WHERE measure = 'prev_value' GROUP BY ALL
),
-- the predecessors of a merged unit, summed where every one of them reported
predecessor_sums AS (
    SELECT m.new_key, p.indicator, p.basis, p.season_name,
           CAST(p.period_start + INTERVAL 1 YEAR AS DATE) AS period_start,
           CAST(p.period_end + INTERVAL 1 YEAR AS DATE) AS period_end,
           sum(p.value) AS prev_value,
           count(DISTINCT p.area_key) AS reporting,
           any_value(m.predecessor_count) AS predecessor_count,
           string_agg(p.area, ' + ' ORDER BY p.area) AS predecessors,
           string_agg(p.source_file, ', ' ORDER BY p.area) AS prev_source_file,
           bool_or(coalesce(p.correction IN ('change', 'add'), false)) AS corrected
    FROM levels p
    JOIN v_area_lineage m ON m.old_key = p.area_key AND m.relation = 'merged'
    GROUP BY ALL
),
like_for_like AS (
    SELECT l.*, 'same unit' AS comparison, NULL AS predecessors,
           coalesce(p.value, sp.reported_prev_value,
                    CASE WHEN r.reported_yoy_pct IS NOT NULL AND r.reported_yoy_pct <> -100
                         THEN l.value / (1 + r.reported_yoy_pct / 100) END,
                    l.value - r.reported_yoy_abs) AS prev_value,
           CASE WHEN p.value IS NOT NULL THEN 'loaded'
                WHEN coalesce(sp.reported_prev_value, r.reported_yoy_pct, r.reported_yoy_abs) IS NOT NULL THEN 'derived' END AS prev_source,
           p.value AS loaded_prev_value,
           r.reported_yoy_pct,
           p.source_file AS prev_source_file,
           coalesce(l.correction IN ('change', 'add') OR p.correction IN ('change', 'add'), false) AS corrected
    FROM levels l
    LEFT JOIN levels p
           ON p.unit_id = l.unit_id AND p.indicator = l.indicator AND p.basis IS NOT DISTINCT FROM l.basis
          AND p.season_name = l.season_name
          AND p.period_start = l.period_start - INTERVAL 1 YEAR AND p.period_end = l.period_end - INTERVAL 1 YEAR
    LEFT JOIN reported r
           ON r.area_id = l.area_id AND r.indicator = l.indicator AND r.period_start = l.period_start AND r.period_end = l.period_end
          AND r.basis IS NOT DISTINCT FROM l.basis AND r.season IS NOT DISTINCT FROM l.season
    LEFT JOIN stated_previous sp
           ON sp.area_id = l.area_id AND sp.indicator = l.indicator AND sp.period_start = l.period_start AND sp.period_end = l.period_end
          AND sp.basis IS NOT DISTINCT FROM l.basis AND sp.season IS NOT DISTINCT FROM l.season
),
across_merger AS (
    SELECT l.*, 'sum of predecessors' AS comparison, s.predecessors,
           s.prev_value, 'predecessors' AS prev_source, s.prev_value AS loaded_prev_value,
           r.reported_yoy_pct, s.prev_source_file,
           coalesce(l.correction IN ('change', 'add'), false) OR s.corrected AS corrected
    FROM levels l
    JOIN predecessor_sums s
      ON s.new_key = l.area_key AND s.indicator = l.indicator AND s.basis IS NOT DISTINCT FROM l.basis
     AND s.season_name = l.season_name AND s.period_start = l.period_start AND s.period_end = l.period_end
     AND s.reporting = s.predecessor_count
    LEFT JOIN reported r
           ON r.area_id = l.area_id AND r.indicator = l.indicator AND r.period_start = l.period_start AND r.period_end = l.period_end
          AND r.basis IS NOT DISTINCT FROM l.basis AND r.season IS NOT DISTINCT FROM l.season
)
SELECT area,
       area_level,
       indicator,
       unit,
       strftime(period_start, '%Y-%m') AS period_start,
       strftime(period_end, '%Y-%m')   AS period_end,
       value,
       prev_value,
       prev_source,
       value - prev_value AS yoy_abs,
       CASE WHEN prev_value <> 0 THEN 100 * (value / prev_value - 1) END AS yoy_pct,
       reported_yoy_pct,
       CASE WHEN loaded_prev_value IS NOT NULL AND reported_yoy_pct IS NOT NULL AND loaded_prev_value <> 0
            THEN abs(100 * (value / loaded_prev_value - 1) - reported_yoy_pct) > 0.1 END AS yoy_disagrees,
       status,
       source_file,
       prev_source_file,
       area_code,
       basis,
       season,
       corrected,
       comparison,
       predecessors,
       area_key
FROM (SELECT * FROM like_for_like UNION ALL BY NAME SELECT * FROM across_merger);

-- v_target_achievement: an observed level against the target for the year that
-- contains its period, beside the share of plan the report stated.
-- It reads the current versions (rank 1) of v_observation_versions, the rows of
-- v_observation_current without the lists of what they superseded, which it does not
-- show: half the time, and the consistency checks read it at every run.
CREATE OR REPLACE VIEW v_target_achievement AS
WITH current AS (SELECT * FROM v_observation_versions WHERE version_rank = 1)
SELECT o.area,
       o.area_level,
       o.indicator,
       o.unit,
       strftime(o.period_start, '%Y-%m') AS period_start,
       strftime(o.period_end, '%Y-%m')   AS period_end,
       o.value,
       t.value AS target_value,
       CASE WHEN t.value <> 0 THEN 100 * o.value / t.value END AS computed_pct_of_target,
       s.value AS stated_pct_of_target,
       CASE WHEN t.value <> 0 AND s.value IS NOT NULL THEN abs(100 * o.value / t.value - s.value) > 0.5 END AS pct_disagrees,
       o.source_file,
       t.source_file AS target_source_file,
       o.area_code,
       coalesce(o.correction IN ('change', 'add') OR t.correction IN ('change', 'add'), false) AS corrected
FROM current o
JOIN current t
  ON t.status_class = 'target' AND t.measure = 'value' AND t.area_id = o.area_id AND t.indicator = o.indicator
 AND t.basis IS NOT DISTINCT FROM o.basis AND t.season IS NOT DISTINCT FROM o.season
 AND t.period_start <= o.period_start AND t.period_end >= o.period_end AND year(t.period_start) = year(o.period_start)
LEFT JOIN current s
  ON s.status_class = 'observed' AND s.measure = 'pct_of_target' AND s.area_id = o.area_id AND s.indicator = o.indicator
 AND s.period_start = o.period_start AND s.period_end = o.period_end AND s.basis IS NULL
WHERE o.status_class = 'observed' AND o.measure = 'value';
