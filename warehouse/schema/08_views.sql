-- Views for year-on-year work. Periods in the views are 'YYYY-MM' text where
-- the column is named period_start/period_end, so spreadsheets show them as
-- written; the facts keep DATE.

-- Every version of every figure, ranked: an observed figure (actual over
-- estimate) over a draft, the later issue date over the earlier. A figure is
-- one area (area_id: its dim_area key, or its level and name when the unit is
-- not known), indicator, measure, status class, period, basis and season.
-- Figures are as corrected (v_fact_reviewed): a deleted figure is left out, an
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
FROM v_fact_reviewed f
LEFT JOIN dim_document d USING (sha256)
WHERE f.correction IS DISTINCT FROM 'delete';

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

-- v_yoy: each observed level against the same period a year earlier.
--   prev_value   the year-earlier level: from a loaded document ('loaded'), else
--                implied by what the report states (its prev_value, yoy_pct or
--                yoy_abs: 'derived')
--   yoy_abs, yoy_pct      the change computed from value and prev_value
--   reported_yoy_pct      the change the report itself stated
--   yoy_disagrees         the computed and the stated change differ by more than
--                         0.1 percentage point (only where both exist and the
--                         earlier level was loaded)
--   corrected             a statistician changed or added one of the two levels
--                         (jobs/corrections.csv)
CREATE OR REPLACE VIEW v_yoy AS
WITH current_observed AS (
    SELECT * FROM v_observation_current WHERE status_class = 'observed'
),
levels AS (
    SELECT area_id, area, area_level, area_code, indicator, unit, period_start, period_end, basis, season, value, status, source_file,
           correction
    FROM current_observed WHERE measure = 'value'
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
)
SELECT l.area,
       l.area_level,
       l.indicator,
       l.unit,
       strftime(l.period_start, '%Y-%m') AS period_start,
       strftime(l.period_end, '%Y-%m')   AS period_end,
       l.value,
       coalesce(p.value, sp.reported_prev_value,
                CASE WHEN r.reported_yoy_pct IS NOT NULL AND r.reported_yoy_pct <> -100
                     THEN l.value / (1 + r.reported_yoy_pct / 100) END,
                l.value - r.reported_yoy_abs) AS prev_value,
       CASE WHEN p.value IS NOT NULL THEN 'loaded'
            WHEN coalesce(sp.reported_prev_value, r.reported_yoy_pct, r.reported_yoy_abs) IS NOT NULL THEN 'derived' END AS prev_source,
       l.value - prev_value AS yoy_abs,
       CASE WHEN prev_value <> 0 THEN 100 * (l.value / prev_value - 1) END AS yoy_pct,
       r.reported_yoy_pct,
       CASE WHEN p.value IS NOT NULL AND r.reported_yoy_pct IS NOT NULL AND p.value <> 0
            THEN abs(100 * (l.value / p.value - 1) - r.reported_yoy_pct) > 0.1 END AS yoy_disagrees,
       l.status,
       l.source_file,
       p.source_file AS prev_source_file,
       l.area_code,
       l.basis,
       l.season,
       coalesce(l.correction IN ('change', 'add') OR p.correction IN ('change', 'add'), false) AS corrected
FROM levels l
LEFT JOIN levels p
       ON p.area_id = l.area_id AND p.indicator = l.indicator AND p.basis IS NOT DISTINCT FROM l.basis
      AND regexp_replace(coalesce(p.season, ''), ' .*', '') = regexp_replace(coalesce(l.season, ''), ' .*', '')
      AND p.period_start = l.period_start - INTERVAL 1 YEAR AND p.period_end = l.period_end - INTERVAL 1 YEAR
LEFT JOIN reported r
       ON r.area_id = l.area_id AND r.indicator = l.indicator AND r.period_start = l.period_start AND r.period_end = l.period_end
      AND r.basis IS NOT DISTINCT FROM l.basis AND r.season IS NOT DISTINCT FROM l.season
LEFT JOIN stated_previous sp
       ON sp.area_id = l.area_id AND sp.indicator = l.indicator AND sp.period_start = l.period_start AND sp.period_end = l.period_end
      AND sp.basis IS NOT DISTINCT FROM l.basis AND sp.season IS NOT DISTINCT FROM l.season;

-- v_target_achievement: an observed level against the target for the year that
-- contains its period, beside the share of plan the report stated.
CREATE OR REPLACE VIEW v_target_achievement AS
WITH current AS (SELECT * FROM v_observation_current)
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
