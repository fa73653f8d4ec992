-- The court system as its file (CourtSystem/CourtSystemDocument.cs): one JSON document, lists ordered as an
-- administrator reads them (levels from the top, regions, courts and categories by code).
SELECT (jsonb_build_object(
    'languages', to_jsonb(s.languages),
    'currency', s.currency,
    'fiscalYearStartMonth', s.fiscal_year_start_month,
    'levels', coalesce((SELECT jsonb_agg(jsonb_build_object('code', l.code, 'names', l.names) ORDER BY l.rank)
                        FROM court_levels l), '[]'),
    'regions', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                            'code', r.code, 'names', r.names, 'outline', r.outline,
                            'tile', CASE WHEN r.tile_column IS NOT NULL THEN jsonb_build_object('column', r.tile_column, 'row', r.tile_row) END,
                            'years', (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('year', y.year, 'population', y.population, 'gdp', y.gdp)) ORDER BY y.year)
                                      FROM region_years y WHERE y.region_id = r.id))) ORDER BY r.code)
                         FROM regions r), '[]'),
    'courts', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                           'code', c.code, 'names', c.names, 'region', r.code, 'level', c.level, 'parent', p.code,
                           'opened', c.opened_on, 'closed', c.closed_on,
                           'years', (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('year', y.year, 'populationServed', y.population_served, 'judges', y.judges, 'gdp', y.gdp)) ORDER BY y.year)
                                     FROM court_years y WHERE y.court_id = c.id))) ORDER BY c.code)
                        FROM courts c JOIN regions r ON r.id = c.region_id LEFT JOIN courts p ON p.id = c.parent_id), '[]'),
    'categories', coalesce((SELECT jsonb_agg(jsonb_build_object(
                               'code', k.code, 'names', k.names,
                               'standards', coalesce((SELECT jsonb_agg(jsonb_build_object('withinDays', t.within_days, 'targetShare', t.target_share) ORDER BY t.within_days)
                                                      FROM time_standards t WHERE t.category_id = k.id), '[]')) ORDER BY k.code)
                            FROM case_categories k), '[]'),
    'economy', coalesce((SELECT jsonb_agg(jsonb_build_object('year', e.year, 'gdp', e.gdp, 'stateBudget', e.state_budget) ORDER BY e.year)
                         FROM national_economy e), '[]'),
    'budgetFloor', coalesce((SELECT jsonb_agg(jsonb_build_object('year', f.year, 'shareOfStateBudget', f.share_of_state_budget, 'legalBasis', f.legal_basis) ORDER BY f.year)
                             FROM budget_floor f), '[]')
) || CASE WHEN s.names <> '{}' THEN jsonb_build_object('names', s.names) ELSE '{}' END)::text
FROM court_system_settings s;
