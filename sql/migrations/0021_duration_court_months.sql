-- Per-court duration histograms as one row per court, category and disposition month holding the
-- durations of its resolved cases, instead of one row per (court, category, month, days) bin.
--
-- Durations barely repeat inside one court's cell, so case_duration_monthly (0005) held about one row per
-- resolved case: 4.5M rows at 10M cases, whose grouping, writing and primary key were most of a full rebuild
-- (BENCHMARKS.md). An int[] per cell keeps exactly the same information — the multiset of durations, so
-- percentiles stay exact and cells still merge by adding their values — in ~44k rows at 10M cases. A refresh
-- rewrites the arrays of the touched cells only (a few hundred values each).
CREATE UNLOGGED TABLE case_duration_court_months (
    court_id     integer   NOT NULL,
    category_id  smallint  NOT NULL,
    month        date      NOT NULL,
    -- Every resolved case's disposed_on − filed_on in days, repeats kept, in no particular order (a multiset:
    -- readers group the values; keeping them sorted would cost the rebuild a sort of every resolved case).
    durations    integer[] NOT NULL CHECK (cardinality(durations) > 0 AND 0 <= ALL (durations)),
    PRIMARY KEY (court_id, category_id, month)
);

-- Existing bins are not converted here (minutes at 10M cases, past a migration's command timeout): the aggregates
-- are marked as not whole instead (as a crash leaves them, 0016), so the next aggregation run rebuilds every family
-- from the facts — within a minute of start-up, by the recurring sweep. A database without bins has nothing to lose.
DELETE FROM aggregates_intact WHERE EXISTS (SELECT FROM case_duration_monthly);

DROP TABLE case_duration_monthly;

-- The former bins as rows (court, category, month, days, cases), for checks and ad-hoc reading. Measures read
-- case_duration_court_months directly: a join cannot reach through this view's grouping to the table's key.
CREATE VIEW case_duration_monthly AS
SELECT court_id, category_id, month, days, count(*)::integer AS cases
FROM case_duration_court_months CROSS JOIN LATERAL unnest(durations) AS days
GROUP BY court_id, category_id, month, days;
