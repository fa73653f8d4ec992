-- The GDP of the area a court serves, by year, beside its population served: a judicial section of a federal
-- justice serves a state, and its spending is compared with that state's GDP (CNJ's g1).
ALTER TABLE court_years ADD COLUMN gdp numeric(22, 2) CHECK (gdp >= 0);

-- A scope's population and GDP in a year, from the court system's figures by year: the nation's regions, a
-- region, or a set of courts (the first instance's areas add up; a set of higher courts alone serves the largest
-- of its areas). NULL when a figure of the year is missing for any part: the caller falls back.
CREATE FUNCTION cm_scope_figure_in(court_ids integer[], region smallint, year integer, figure text) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN court_ids IS NULL THEN (
                    SELECT CASE WHEN count(*) = count(v) AND count(*) > 0 THEN sum(v) END
                    FROM regions r
                    LEFT JOIN LATERAL (SELECT CASE figure WHEN 'population' THEN y.population WHEN 'gdp' THEN y.gdp END AS v
                                       FROM region_years y WHERE y.region_id = r.id AND y.year = cm_scope_figure_in.year) y ON true
                    WHERE region IS NULL OR r.id = region)
                ELSE (
                    SELECT CASE WHEN count(*) = count(v) AND count(*) > 0
                                THEN coalesce(sum(v) FILTER (WHERE first_instance), max(v)) END
                    FROM (SELECT c.level = (SELECT code FROM court_levels ORDER BY rank DESC LIMIT 1) AS first_instance,
                                 CASE figure WHEN 'population' THEN y.population_served WHEN 'gdp' THEN y.gdp END AS v
                          FROM courts c LEFT JOIN court_years y ON y.court_id = c.id AND y.year = cm_scope_figure_in.year
                          WHERE c.id = ANY (court_ids) AND (region IS NULL OR c.region_id = region)) f)
           END
$$;
