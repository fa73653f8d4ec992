-- The demo country's GDP and state budget for some years, scaled to its population, and the budget floor in
-- force in them. Idempotent: a year already there is kept.
INSERT INTO national_economy (year, gdp, state_budget)
SELECT y.year, round(p.population * y.gdp_per_capita, 2), round(p.population * y.gdp_per_capita * @StateBudgetShare::numeric, 2)
FROM unnest(@Years::smallint[], @GdpPerCapita::numeric[]) AS y(year, gdp_per_capita)
CROSS JOIN (SELECT sum(population) AS population FROM regions) p
ON CONFLICT (year) DO NOTHING;

INSERT INTO budget_floor (year, share_of_state_budget, legal_basis)
SELECT year, @FloorShare::numeric, @LegalBasis::text FROM unnest(@Years::smallint[]) AS year
ON CONFLICT (year) DO NOTHING;
