-- Consistency checks, run after every load over the whole warehouse.
-- Each check is one SELECT giving: check_name, severity, area, indicator,
-- period_start, period_end, source_file, sha256, message, evidence.
-- Results go to the table check_result and into the run summary.
-- The checks read the figures as corrected (v_fact_corrected): a figure a
-- statistician changed is checked as changed, one they deleted is not checked,
-- one they added is.

-- Shares of the economy (agriculture, industry-construction, services, product
-- taxes) given by one document for one period should add up to about 100 %.
SELECT 'shares_sum_to_100', 'warning', area, 'econ_share_*', period_start, period_end, source_file, sha256,
       'economic shares add up to ' || round(sum(value), 2) || ' %, not about 100 %',
       string_agg(indicator || '=' || value, ', ' ORDER BY indicator)
FROM v_fact_corrected
WHERE indicator LIKE 'econ_share_%' AND measure = 'value' AND value_high IS NULL
GROUP BY area, period_start, period_end, source_file, sha256, status
HAVING count(*) >= 3 AND abs(sum(value) - 100) > 2;

-- A level, its target and the stated share of target should agree.
SELECT 'value_target_pct_agree', 'warning', area, indicator, CAST(period_start || '-01' AS DATE), CAST(period_end || '-01' AS DATE),
       source_file, NULL,
       'value / target = ' || round(computed_pct_of_target, 2) || ' % but the report states ' || stated_pct_of_target || ' %',
       'value ' || value || ', target ' || target_value || ' (' || target_source_file || ')'
FROM v_target_achievement
WHERE pct_disagrees;

-- A part larger than its total: a part of a sector total, or what is resolved
-- larger than what was accepted.
WITH v AS (SELECT * FROM v_fact_corrected WHERE measure = 'value')
SELECT 'part_exceeds_total', 'error', p.area, p.indicator, p.period_start, p.period_end, p.source_file, p.sha256,
       p.indicator || ' (' || p.value || ') is larger than ' || t.indicator || ' (' || t.value || ')',
       p.evidence
FROM v p
JOIN v t
  ON t.sha256 = p.sha256 AND t.area = p.area AND t.period_start = p.period_start AND t.period_end = p.period_end
 AND t.status = p.status
JOIN (VALUES ('prod_value_agri', 'prod_value_total'), ('prod_value_industry_construction', 'prod_value_total'),
             ('prod_value_services', 'prod_value_total'), ('prod_value_industry', 'prod_value_industry_construction'),
             ('prod_value_construction', 'prod_value_industry_construction'),
             ('budget_revenue_domestic', 'budget_revenue'), ('budget_revenue_customs', 'budget_revenue'),
             ('budget_revenue_land', 'budget_revenue_domestic'),
             ('court_criminal_accepted', 'court_cases_accepted'), ('court_civil_accepted', 'court_cases_accepted'),
             ('court_cases_resolved', 'court_cases_accepted'), ('court_criminal_resolved', 'court_criminal_accepted'),
             ('court_civil_resolved', 'court_civil_accepted'), ('procuracy_reports_resolved', 'procuracy_reports_accepted'),
             ('procuracy_investigation_resolved_cases', 'procuracy_investigation_cases'),
             ('enforcement_cases_completed', 'enforcement_cases_enforceable'),
             ('enforcement_cases_enforceable', 'enforcement_cases_accepted'),
             ('enforcement_amount_completed', 'enforcement_amount_enforceable'),
             ('enforcement_amount_enforceable', 'enforcement_amount_total'),
             ('crime_social_order_solved', 'crime_social_order_cases'),
             ('criminal_prosecuted_cases', 'police_violation_cases')) AS r(part, total)
  ON r.part = p.indicator AND r.total = t.indicator
WHERE p.value > t.value * 1.001;

-- Values that cannot be: negative counts or amounts, rates beyond 100 %, a
-- negative share of plan.
SELECT 'impossible_value', 'error', f.area, f.indicator, f.period_start, f.period_end, f.source_file, f.sha256,
       CASE WHEN f.value < 0 THEN 'a negative ' || f.measure || ' (' || f.value || ')'
            ELSE 'a rate above 100 % (' || f.value || ')' END,
       f.evidence
FROM v_fact_corrected f
JOIN dim_indicator i ON i.code = f.indicator
WHERE (f.measure IN ('value', 'prev_value', 'pct_of_target') AND f.value < 0 AND i.unit <> 'percent')
   OR (f.measure = 'value' AND i.unit = 'percent' AND f.value > 100
       AND i.name_vi NOT ILIKE '%tăng%' AND i.code NOT LIKE '%growth%');

-- One document giving two different figures for the same indicator, measure,
-- status and period (the first is the fact; the other is kept as an alternate):
-- a table and the prose disagreeing, or a second figure within 10 % of the
-- first (a restatement with another number). Figures far smaller are parts of
-- the total ('trong đó ...') and are not reported.
SELECT 'two_values_in_one_document', 'warning', a.area, a.indicator, a.period_start, a.period_end, a.source_file, a.sha256,
       'the document also gives ' || a.value || ' where the fact is ' || f.value || ' (' || a.measure || ', ' || a.status || ')',
       a.evidence
FROM fact_observation_alternate a
JOIN v_fact_corrected f
  ON f.sha256 = a.sha256 AND f.indicator = a.indicator AND f.measure = a.measure AND f.status = a.status
 AND f.period_start IS NOT DISTINCT FROM a.period_start AND f.period_end IS NOT DISTINCT FROM a.period_end
WHERE a.value <> f.value
  AND ((a.table_index IS NULL) <> (f.table_index IS NULL) OR abs(a.value - f.value) <= 0.1 * abs(f.value));

-- A document whose area is uncertain: the inbox (its folder or baocao-inbox.csv)
-- names another unit than the text, or the text names a place several units
-- bear and nothing says which. The text wins; the note says what disagreed.
SELECT 'area_uncertain', 'warning', d.area, NULL, d.period_start, d.period_end, regexp_extract(d.path, '[^/\\]+$'), d.loaded_sha256,
       d.area_note, d.issuer
FROM document_register d
WHERE d.status = 'loaded' AND d.area_note IS NOT NULL;

-- A document with figures but no area: its text names none and the inbox says
-- nothing. Its facts cannot be compared with anyone's until the inbox names it.
SELECT 'area_unknown', 'warning', NULL, NULL, d.period_start, d.period_end, regexp_extract(d.path, '[^/\\]+$'), d.loaded_sha256,
       'the text names no reporting area: put the file in a folder named after its unit, or name it in baocao-inbox.csv',
       d.issuer
FROM document_register d
WHERE d.status = 'loaded' AND d.area IS NULL AND d.observations > 0;
