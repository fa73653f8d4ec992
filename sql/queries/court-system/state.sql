-- How far this instance is set up: its court system, whether any data is in, and the keys of its source systems.
SELECT (SELECT count(*) FROM regions)::int AS "Regions",
       (SELECT count(*) FROM courts)::int AS "Courts",
       (SELECT count(*) FROM case_categories)::int AS "Categories",
       EXISTS (SELECT 1 FROM cases) AS "HasCases",
       EXISTS (SELECT 1 FROM budget_lines) OR EXISTS (SELECT 1 FROM portal_use) OR EXISTS (SELECT 1 FROM hearings)
           OR EXISTS (SELECT 1 FROM reported_statistics) AS "HasOtherData",
       EXISTS (SELECT 1 FROM yearly_statistics) AS "HasYearlyStatistics",
       (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL)::int AS "ApiKeys",
       (SELECT currency FROM court_system_settings) AS "Currency",
       (SELECT fiscal_year_start_month FROM court_system_settings)::int AS "FiscalYearStartMonth",
       coalesce((SELECT names FROM court_system_settings), '{}')::text AS "NamesJson";
