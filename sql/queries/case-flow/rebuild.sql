-- Full rebuild of the case-flow aggregates from the facts. Gives the same tables as the incremental path.
TRUNCATE case_flow_daily, case_flow_monthly;

INSERT INTO case_flow_daily (court_id, category_id, day, incoming, resolved)
SELECT court_id, category_id, day, sum(incoming)::int, sum(resolved)::int
FROM (
    SELECT court_id, category_id, filed_on AS day, 1 AS incoming, 0 AS resolved FROM cases
    UNION ALL
    SELECT court_id, category_id, disposed_on, 0, 1 FROM cases WHERE disposed_on IS NOT NULL
) flows
GROUP BY court_id, category_id, day;

INSERT INTO case_flow_monthly (court_id, category_id, month, incoming, resolved)
SELECT court_id, category_id, date_trunc('month', day)::date, sum(incoming), sum(resolved)
FROM case_flow_daily
GROUP BY court_id, category_id, date_trunc('month', day);
