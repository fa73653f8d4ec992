-- National duration probes (0015) as set-returning functions, so that they are inlined into the calling query.
--
-- A national read of 5 years by month called the scalar functions about 1,100 times (8 order statistics per month,
-- 3 standards per month and category), and each call ran a function executor of its own (~30 µs, a third of the
-- read). PostgreSQL inlines a LANGUAGE sql function that returns a set and is one SELECT when it is called in
-- FROM, so a LATERAL call becomes index scans of the caller's plan. Same bodies, same results.

DROP FUNCTION cm_national_duration_kth(date, integer, bigint);
DROP FUNCTION cm_national_durations_within(date, integer, integer);

-- The k-th shortest duration (k ≥ 1) of a national month and category: the first block whose running count
-- reaches k (one index probe), then the first of its bins whose running count reaches k. No row past the last.
CREATE FUNCTION cm_national_duration_kth(in_month date, in_category integer, k bigint)
RETURNS TABLE (days integer) LANGUAGE sql STABLE AS $$
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

-- How many cases of a national month and category took at most `within` days (one row): the running count of
-- the block below within's block plus within's own bins up to it. 0 when within is NULL.
CREATE FUNCTION cm_national_durations_within(in_month date, in_category integer, within integer)
RETURNS TABLE (cases bigint) LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT cum FROM case_duration_national_blocks
                     WHERE month = in_month AND category_id = in_category AND block < cm_duration_block(within)
                     ORDER BY block DESC LIMIT 1), 0)
         + coalesce((SELECT sum(cases) FROM case_duration_national_monthly
                     WHERE month = in_month AND category_id = in_category
                       AND days >= cm_duration_block(within) * 32 AND days <= within), 0)
$$;
