-- Case durations (CourTools 3 "Time to Disposition", Model Time Standards): exact, mergeable day histograms of
-- time to disposition, kept incrementally by the aggregation job (sql/queries/case-durations/).
--
-- A resolved case's duration is disposed_on − filed_on in whole days; it belongs to its disposition month.
-- cases_disposed_after_filed (0001) rejects a disposition before its filing, so no duration is ever negative;
-- the CHECKs below say so again for the aggregates. Histograms of any set of cells add up row by row, so the
-- percentiles of any scope and period are computed exactly from summed histograms, never by sorting cases.

-- Per court, category and disposition month: how many cases took exactly `days` days. Only non-empty bins.
CREATE TABLE case_duration_monthly (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    month        date     NOT NULL,
    days         integer  NOT NULL CHECK (days >= 0),
    cases        integer  NOT NULL CHECK (cases > 0),
    PRIMARY KEY (court_id, category_id, month, days)
);

-- The same summed over all courts, kept in the same job (by adding the changed cells' differences), with
-- category_id 0 holding the sum over all categories. A national query reads about 200× fewer rows than from
-- case_duration_monthly (durations barely repeat within one court's cell). cum and cum_days are the running
-- count and running sum of days over the month's bins in rising order of days, so that for a whole month the
-- k-th shortest duration, the count within a time standard, N and the mean are each one index probe
-- (case_duration_national_cum): a national 5-year monthly series stays under 50 ms at 10M cases (BENCHMARKS.md).
CREATE TABLE case_duration_national_monthly (
    month        date     NOT NULL,
    category_id  smallint NOT NULL,
    days         integer  NOT NULL CHECK (days >= 0),
    cases        integer  NOT NULL CHECK (cases > 0),
    cum          bigint   NOT NULL,
    cum_days     bigint   NOT NULL,
    PRIMARY KEY (month, category_id, days)
);
CREATE INDEX case_duration_national_cum ON case_duration_national_monthly (month, category_id, cum) INCLUDE (days);

-- Changes to the histograms, written by the cases triggers below: −1 for the bin a case leaves, +1 for the bin
-- it enters (its old and new rows). The job sums and applies them, so its work grows with the number of changed
-- cases, not with the size of the months they fall in.
CREATE TABLE duration_deltas (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    month        date     NOT NULL,
    days         integer  NOT NULL,
    change       integer  NOT NULL
);

CREATE FUNCTION cases_duration_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on - filed_on, 1
    FROM new_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_duration_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on - filed_on, -1
    FROM old_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_duration_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duration_deltas (court_id, category_id, month, days, change)
    SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on - filed_on, change
    FROM (SELECT court_id, category_id, filed_on, disposed_on, -1 AS change FROM old_rows
          UNION ALL
          SELECT court_id, category_id, filed_on, disposed_on, 1 FROM new_rows) r
    WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_duration_after_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_duration_inserted();
CREATE TRIGGER cases_duration_after_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_duration_deleted();
CREATE TRIGGER cases_duration_after_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_duration_updated();

-- Quantiles exactly as Python's statistics.quantiles(data, n, method='exclusive') computes them, for any
-- p = i/n (p50 = 10/20, p75 = 15/20, p90 = 18/20, p98 = 49/50) — Hyndman & Fan type 6:
--   position h = p·(N+1) among the N sorted values x(1) ≤ … ≤ x(N);
--   j = floor(h), clamped to 1 … N−1 (Python clamps the rank, not the result);
--   value = x(j) + (h − j)·(x(j+1) − x(j)).
-- Like Python, a position past x(N) extrapolates along the last step (p98 of fewer than 49 values can exceed
-- the longest duration); p ≥ 0.5 never reaches below x(1). One value: that value (Python 3.13). None: NULL.
-- Use: with cum = running count over the sorted values, x(k) = min(value) FILTER (WHERE cum >= k), so
--   cm_quantile_interpolate(p, N, min(v) FILTER (WHERE cum >= cm_quantile_rank(p, N)),
--                                 min(v) FILTER (WHERE cum >  cm_quantile_rank(p, N)))
-- as in cm_histogram_quantile below and case-durations/measures.sql.
CREATE FUNCTION cm_quantile_rank(p numeric, n bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN n >= 2 THEN least(greatest(floor(p * (n + 1))::bigint, 1), n - 1)
                WHEN n = 1 THEN 1 END
$$;

CREATE FUNCTION cm_quantile_interpolate(p numeric, n bigint, x_j numeric, x_j1 numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN n = 1 THEN x_j
                WHEN n >= 2 THEN x_j + (p * (n + 1) - cm_quantile_rank(p, n)) * (x_j1 - x_j) END
$$;

-- The quantile p of a histogram given as parallel arrays (value, count); repeated values are allowed.
CREATE FUNCTION cm_histogram_quantile(p numeric, vals integer[], counts bigint[])
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    WITH ranked AS (
        SELECT v, sum(c) OVER (ORDER BY v) AS cum, sum(c) OVER () AS n
        FROM unnest(vals, counts) AS h(v, c)
        WHERE c > 0
    )
    SELECT cm_quantile_interpolate(p, max(n)::bigint,
                                   min(v) FILTER (WHERE cum >= cm_quantile_rank(p, n::bigint)),
                                   min(v) FILTER (WHERE cum >  cm_quantile_rank(p, n::bigint)))
    FROM ranked
$$;

-- No JIT compilation for this database's sessions. The dashboard's queries are short analytical statements over
-- small aggregates whose estimated cost still passes jit_above_cost: compiling them took 1.7 s on 2 cores for a
-- national 5-year monthly series that executes in 15 ms. Sessions opened after this migration get the setting
-- (connections already open keep theirs); a role without the right to alter the database only gets a notice.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'jit stays as configured: % may not alter database %', current_user, current_database();
END $$;
