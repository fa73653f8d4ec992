-- Building blocks shared by every measure family's SQL, so a formula or a period rule is written once.

-- The periods of a query. granularity: day | month | quarter | year (calendar periods overlapping [from, to],
-- clipped to it) or range (one period, from..to). Both ends inclusive.
CREATE FUNCTION cm_periods(granularity text, from_day date, to_day date)
RETURNS TABLE (period_start date, period_end date)
LANGUAGE sql IMMUTABLE AS $$
    SELECT from_day, to_day WHERE granularity = 'range'
    UNION ALL
    SELECT greatest(p::date, from_day), least((p + calendar.step)::date - 1, to_day)
    FROM (VALUES ('day', interval '1 day'), ('month', interval '1 month'), ('quarter', interval '3 months'),
                 ('year', interval '1 year')) AS calendar (unit, step)
    CROSS JOIN LATERAL generate_series(date_trunc(calendar.unit, from_day::timestamp), to_day::timestamp, calendar.step) AS p
    WHERE calendar.unit = granularity
$$;

-- Calendar months lying wholly inside [from, to]: measures read those from monthly aggregates, the remaining days
-- from daily ones. None for a daily grid.
CREATE FUNCTION cm_whole_months(granularity text, from_day date, to_day date)
RETURNS TABLE (month date)
LANGUAGE sql IMMUTABLE AS $$
    SELECT m::date FROM generate_series(date_trunc('month', from_day), to_day, interval '1 month') AS m
    WHERE granularity <> 'day' AND m::date >= from_day AND (m + interval '1 month')::date - 1 <= to_day
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
