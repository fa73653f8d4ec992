-- The days of a query's range that whole months do not cover (none, one or two stretches: before the first whole
-- month and after the last; the whole range for a daily grid or a range inside one month). The measures read the
-- daily tables for these stretches court by court and category by category, through their primary keys, instead
-- of scanning every day of every court for the few days they need (docs/scaling.md).
CREATE FUNCTION cm_partial_spans(granularity text, from_day date, to_day date) RETURNS TABLE (first_day date, last_day date)
LANGUAGE sql IMMUTABLE ROWS 2 AS $$
    WITH w AS (SELECT min(month) AS first_month, (max(month) + interval '1 month')::date AS after_last
               FROM cm_whole_months(granularity, from_day, to_day))
    SELECT from_day, to_day FROM w WHERE first_month IS NULL AND from_day <= to_day
    UNION ALL
    SELECT from_day, first_month - 1 FROM w WHERE first_month > from_day
    UNION ALL
    SELECT after_last, to_day FROM w WHERE after_last <= to_day
$$;

-- The start of the period of cm_periods(granularity, from_day, …) that holds a day: a flow is assigned to its
-- period directly (one hash aggregate) instead of being compared with every period.
CREATE FUNCTION cm_period_start(granularity text, day date, from_day date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN granularity = 'range' THEN from_day
                ELSE greatest(date_trunc(granularity, day::timestamp)::date, from_day) END
$$;
