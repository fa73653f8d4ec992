-- Building blocks shared by every measure family's SQL, so a formula or a period rule is written once.

-- The periods of a query. granularity: day | month | quarter | year (calendar periods overlapping [from, to],
-- clipped to it) or range (one period, from..to). Both ends inclusive.
CREATE FUNCTION cm_periods(granularity text, from_day date, to_day date)
RETURNS TABLE (period_start date, period_end date)
LANGUAGE sql IMMUTABLE AS $$
    SELECT from_day, to_day WHERE granularity = 'range'
    UNION ALL
    SELECT greatest(p::date, from_day),
           least((p + step)::date - 1, to_day)
    FROM (SELECT ('1 ' || granularity)::interval AS step
          WHERE granularity IN ('day', 'month', 'quarter', 'year')) AS calendar,
         -- 'range' never reaches here, but constant folding would still evaluate date_trunc('range', …).
         generate_series(date_trunc(CASE WHEN granularity = 'range' THEN 'day' ELSE granularity END, from_day::timestamp),
                         to_day::timestamp, step) AS p
$$;

-- The courts of a scope: a set of courts, a region, both (their intersection) or, with neither, all.
CREATE FUNCTION cm_scope_courts(court_ids integer[], region smallint)
RETURNS TABLE (court_id integer)
LANGUAGE sql STABLE AS $$
    SELECT id FROM courts
    WHERE (court_ids IS NULL OR id = ANY (court_ids))
      AND (region IS NULL OR region_id = region)
$$;

-- A share or rate: numerator ÷ denominator, NULL (not 0, not infinity) when the denominator is 0 or unknown.
CREATE FUNCTION cm_ratio(numerator numeric, denominator numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT numerator / nullif(denominator, 0)
$$;

-- Clearance rate (CourTools 2, CEPEJ, CNJ IAD): resolved ÷ incoming.
CREATE FUNCTION cm_clearance_rate(resolved numeric, incoming numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(resolved, incoming) $$;

-- Disposition time (CEPEJ): days in the period × pending at its end ÷ resolved in it (365 × … for a year).
CREATE FUNCTION cm_disposition_time(pending_end numeric, resolved numeric, days_in_period integer)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT days_in_period * cm_ratio(pending_end, resolved) $$;

-- Congestion rate (CNJ TC, formula since 2016): pending at end ÷ (pending at end + resolved).
CREATE FUNCTION cm_congestion_rate(pending_end numeric, resolved numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(pending_end, pending_end + resolved) $$;
