-- The case-duration measures of each area's days, kept, so that a daily grid of the nation or a region reads one
-- row per day instead of every disposition of its days from cases: the nation's 90 days by day read about
-- 850,000 cases at 10M (2 s, BENCHMARKS.md "National reads at 10M cases").
--
-- Percentiles do not add up, so a day's figures are computed from its cases, not moved by differences: a change
-- marks its (area, day) pending and drops the day's row in the aggregation's transaction, and the duration-days
-- job (Jobs/DurationDays.cs) computes pending days that are over (before today) in small chunks, apart from the
-- aggregation. Until then a read takes a pending day from cases, as before: today is always read that way (one
-- day, some thousands of dispositions for the nation), and a rebuild leaves every day pending, filled within
-- minutes, so that neither a refresh nor the rebuild pays for it.

-- Per area (region, 0 = the nation), day and category (0 = all) with resolved cases: their number, total days,
-- percentiles (Python's exclusive method, 0005) and, per time standard tier, the cases within it and the cases
-- of categories that have it.
CREATE UNLOGGED TABLE case_duration_area_days (
    region_id    smallint NOT NULL CHECK (region_id >= 0),
    day          date     NOT NULL,
    category_id  smallint NOT NULL,
    cases        integer  NOT NULL CHECK (cases > 0),
    total_days   bigint   NOT NULL,
    p50          numeric,
    p75          numeric,
    p90          numeric,
    p98          numeric,
    within_1     integer,
    of_1         integer,
    within_2     integer,
    of_2         integer,
    within_3     integer,
    of_3         integer,
    PRIMARY KEY (region_id, day, category_id)
);

-- Days of an area whose row is not (yet) computed: read from cases until it is.
CREATE UNLOGGED TABLE case_duration_days_pending (
    region_id    smallint NOT NULL,
    day          date     NOT NULL,
    PRIMARY KEY (region_id, day)
);
CREATE INDEX case_duration_days_pending_day ON case_duration_days_pending (day);

-- The deltas name the disposal day, so that the job knows which days changed. The deltas waiting now are
-- applied by the rebuild this migration asks for.
TRUNCATE duration_deltas;
ALTER TABLE duration_deltas ADD COLUMN day date NOT NULL;

CREATE OR REPLACE FUNCTION cases_duration_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, day, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on, disposed_on - filed_on, 1
    FROM new_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cases_duration_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, day, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on, disposed_on - filed_on, -1
    FROM old_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cases_duration_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, day, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on, disposed_on - filed_on, change
    FROM (SELECT court_id, category_id, filed_on, disposed_on, -1 AS change FROM old_rows
          UNION ALL
          SELECT court_id, category_id, filed_on, disposed_on, 1 FROM new_rows) r
    WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

-- Each category's time standard tiers in rising order of days: what a resolved case is judged against, by the
-- measures (case-durations/measures.sql) and by the kept days (case-durations/fill-days.sql) alike.
CREATE VIEW time_standard_tiers AS
SELECT category_id,
       (array_agg(within_days ORDER BY within_days))[1] AS tier_1,
       (array_agg(within_days ORDER BY within_days))[2] AS tier_2,
       (array_agg(within_days ORDER BY within_days))[3] AS tier_3
FROM time_standards GROUP BY category_id;

-- Every area's days from the first month with dispositions to the last, pending: after a rebuild (rebuild.sql)
-- and when the time standards change, since a day's kept shares within them were counted against the old ones.
CREATE FUNCTION cm_duration_days_all_pending() RETURNS void LANGUAGE sql AS $$
    DELETE FROM case_duration_area_days;
    INSERT INTO case_duration_days_pending (region_id, day)
    SELECT a.region_id, d::date
    FROM (SELECT 0::smallint AS region_id UNION ALL SELECT id FROM regions) a
    CROSS JOIN (SELECT min(month) AS first, max(month) AS last FROM case_duration_court_months) r
    CROSS JOIN LATERAL generate_series(r.first, (r.last + interval '1 month')::date - 1, interval '1 day') AS d
    ON CONFLICT DO NOTHING;
$$;

-- Under the aggregation's lock (Jobs/Aggregator.LockKey), as the job and the duration-days job write these
-- tables under it: a chunk being computed with the old standards cannot be stored after this.
CREATE FUNCTION time_standards_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(x'436f757274416767'::bigint);
    PERFORM cm_duration_days_all_pending();
    RETURN NULL;
END $$;
CREATE TRIGGER time_standards_after_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON time_standards
    FOR EACH STATEMENT EXECUTE FUNCTION time_standards_changed();

DELETE FROM aggregates_intact WHERE EXISTS (SELECT FROM cases);
