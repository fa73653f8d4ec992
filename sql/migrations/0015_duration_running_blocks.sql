-- National duration running counts per block of days instead of per day bin.
--
-- 0005 kept, in every national (month, category) histogram, the running count and running sum of days on each
-- day bin. A refresh then rewrote every bin above the shortest changed duration: about 3,800 rows (two index
-- entries each) for 1,000 events at 1M cases, and more as the history grows, since a month holds more distinct
-- durations. Now the running totals live on blocks of 32 consecutive days (at most ~60 per month and category,
-- whatever the size of the history), and the day bins keep only their counts, so a refresh rewrites the changed
-- bins and the blocks above the shortest changed one. Reads stay index probes: the block whose running count
-- first reaches k, then at most 32 bins inside it (cm_national_duration_kth, cm_national_durations_within).

ALTER TABLE case_duration_national_monthly DROP COLUMN cum, DROP COLUMN cum_days; -- and its index case_duration_national_cum
-- Only `cases` of a bin changes in place: leave room on each page for those updates to stay on the page (HOT).
ALTER TABLE case_duration_national_monthly SET (fillfactor = 90);

-- Which block a duration belongs to.
CREATE FUNCTION cm_duration_block(days integer)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT days / 32 $$;

-- Per national (month, category) — category 0 = all — and block of days: the block's cases and sum of days, and
-- the running count and running sum of days over the blocks up to and including it. Only non-empty blocks.
CREATE TABLE case_duration_national_blocks (
    month        date     NOT NULL,
    category_id  smallint NOT NULL,
    block        integer  NOT NULL CHECK (block >= 0),
    cases        bigint   NOT NULL CHECK (cases > 0),
    total_days   bigint   NOT NULL,
    cum          bigint   NOT NULL,
    cum_days     bigint   NOT NULL,
    PRIMARY KEY (month, category_id, block)
);
CREATE INDEX case_duration_national_blocks_cum ON case_duration_national_blocks (month, category_id, cum) INCLUDE (block, cases);

INSERT INTO case_duration_national_blocks (month, category_id, block, cases, total_days, cum, cum_days)
SELECT month, category_id, block, cases, total_days,
       sum(cases) OVER w, sum(total_days) OVER w
FROM (SELECT month, category_id, cm_duration_block(days) AS block, sum(cases) AS cases,
             sum(days::bigint * cases) AS total_days
      FROM case_duration_national_monthly
      GROUP BY month, category_id, cm_duration_block(days)) b
WINDOW w AS (PARTITION BY month, category_id ORDER BY block);

-- The k-th shortest duration (k ≥ 1) of a national month and category: the first block whose running count
-- reaches k (one index probe), then the first of its bins whose running count reaches k. NULL past the last.
CREATE FUNCTION cm_national_duration_kth(in_month date, in_category integer, k bigint)
RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT x.days
    FROM (SELECT block, cum - cases AS before
          FROM case_duration_national_blocks
          WHERE month = in_month AND category_id = in_category AND cum >= k
          ORDER BY cum LIMIT 1) b
    CROSS JOIN LATERAL (
        SELECT days, b.before + sum(cases) OVER (ORDER BY days) AS cum
        FROM case_duration_national_monthly
        WHERE month = in_month AND category_id = in_category
          AND days >= b.block * 32 AND days < (b.block + 1) * 32) x
    WHERE x.cum >= k
    ORDER BY x.days
    LIMIT 1
$$;

-- How many cases of a national month and category took at most `within` days: the running count of the block
-- below within's block plus within's own bins up to it. 0 when within is NULL.
CREATE FUNCTION cm_national_durations_within(in_month date, in_category integer, within integer)
RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT cum FROM case_duration_national_blocks
                     WHERE month = in_month AND category_id = in_category AND block < cm_duration_block(within)
                     ORDER BY block DESC LIMIT 1), 0)
         + coalesce((SELECT sum(cases) FROM case_duration_national_monthly
                     WHERE month = in_month AND category_id = in_category
                       AND days >= cm_duration_block(within) * 32 AND days <= within), 0)
$$;
