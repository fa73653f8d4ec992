-- Each region's duration histograms kept beside the nation's, so that a region's read is index probes on its own
-- rows instead of unnesting every one of its courts' cells: a region's 5 years by month unnested about a million
-- values at 10M cases (442 ms, BENCHMARKS.md "National reads at 10M cases").
--
-- case_duration_national_monthly and case_duration_national_blocks (0005, 0015) become the area tables: the same
-- bins and blocks of days keyed by region (0 = the nation, as court 0 is in the court-day tables, 0035). The job
-- moves a region's rows by the same differences as the nation's, in the same statement.

ALTER TABLE regions ADD CONSTRAINT regions_id_positive CHECK (id > 0);

DROP FUNCTION cm_national_duration_kth(date, integer, bigint);
DROP FUNCTION cm_national_durations_within(date, integer, integer);
DROP TABLE case_duration_national_monthly, case_duration_national_blocks;

-- Per area (region, 0 = the nation), month, category (0 = all) and duration in days: the resolved cases.
CREATE UNLOGGED TABLE case_duration_area_monthly (
    region_id    smallint NOT NULL CHECK (region_id >= 0),
    month        date     NOT NULL,
    category_id  smallint NOT NULL,
    days         integer  NOT NULL CHECK (days >= 0),
    cases        integer  NOT NULL CHECK (cases > 0),
    PRIMARY KEY (region_id, month, category_id, days)
) WITH (fillfactor = 90);

-- Per area, month, category and block of 32 days: the block's cases and days, and the running totals up to it.
CREATE UNLOGGED TABLE case_duration_area_blocks (
    region_id    smallint NOT NULL CHECK (region_id >= 0),
    month        date     NOT NULL,
    category_id  smallint NOT NULL,
    block        integer  NOT NULL CHECK (block >= 0),
    cases        bigint   NOT NULL CHECK (cases > 0),
    total_days   bigint   NOT NULL,
    cum          bigint   NOT NULL,
    cum_days     bigint   NOT NULL,
    PRIMARY KEY (region_id, month, category_id, block)
);
CREATE INDEX case_duration_area_blocks_cum ON case_duration_area_blocks (region_id, month, category_id, cum) INCLUDE (block, cases);

-- The k-th shortest duration (k ≥ 1) of an area's month and category (0026, by area): the first block whose
-- running count reaches k (one index probe), then the first of its bins whose running count reaches k.
CREATE FUNCTION cm_area_duration_kth(in_region integer, in_month date, in_category integer, k bigint)
RETURNS TABLE (days integer) LANGUAGE sql STABLE AS $$
    SELECT x.days
    FROM (SELECT block, cum - cases AS before
          FROM case_duration_area_blocks
          WHERE region_id = in_region AND month = in_month AND category_id = in_category AND cum >= k
          ORDER BY cum LIMIT 1) b
    CROSS JOIN LATERAL (
        SELECT days, b.before + sum(cases) OVER (ORDER BY days) AS cum
        FROM case_duration_area_monthly
        WHERE region_id = in_region AND month = in_month AND category_id = in_category
          AND days >= b.block * 32 AND days < (b.block + 1) * 32) x
    WHERE x.cum >= k
    ORDER BY x.days
    LIMIT 1
$$;

-- How many cases of an area's month and category took at most `within` days (one row; 0 when within is NULL).
CREATE FUNCTION cm_area_durations_within(in_region integer, in_month date, in_category integer, within integer)
RETURNS TABLE (cases bigint) LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT cum FROM case_duration_area_blocks
                     WHERE region_id = in_region AND month = in_month AND category_id = in_category
                       AND block < cm_duration_block(within)
                     ORDER BY block DESC LIMIT 1), 0)
         + coalesce((SELECT sum(cases) FROM case_duration_area_monthly
                     WHERE region_id = in_region AND month = in_month AND category_id = in_category
                       AND days >= cm_duration_block(within) * 32 AND days <= within), 0)
$$;

-- A court that moves to another region with resolved cases behind it takes them along: its old and new regions'
-- rows are restated by a rebuild at the next aggregation (the marker of 0016), as after a crash. Rare: a court
-- system's reorganisation.
CREATE FUNCTION courts_region_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM moved_courts m JOIN old_courts o USING (id)
               WHERE m.region_id <> o.region_id
                 AND EXISTS (SELECT FROM cases c WHERE c.court_id = m.id AND c.disposed_on IS NOT NULL)) THEN
        DELETE FROM aggregates_intact;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER courts_after_region_update AFTER UPDATE ON courts
    REFERENCING OLD TABLE AS old_courts NEW TABLE AS moved_courts FOR EACH STATEMENT EXECUTE FUNCTION courts_region_moved();

-- The areas' rows come from the next aggregation, a rebuild.
DELETE FROM aggregates_intact WHERE EXISTS (SELECT FROM cases);
