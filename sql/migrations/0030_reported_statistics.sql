-- Reported statistics: a court's periodic statistical report (per case category, or for all of them, over a month,
-- a quarter, a half year, or a calendar or fiscal year), the figures most court administrations and every
-- international comparison work on. They are data of the court, read by the same measures as its case rows:
-- where a court has reports, they take precedence over its case rows for the spans they cover (case-flow/
-- measures.sql states the rule). One report per court, category (or all) and period; the import refuses periods
-- that overlap for a court and category, or between a category and "all".
CREATE TABLE reported_statistics (
    court_id integer NOT NULL REFERENCES courts (id),
    category_id smallint REFERENCES case_categories (id),
    period_start date NOT NULL,
    period_end date NOT NULL,
    incoming bigint CHECK (incoming >= 0),
    resolved bigint CHECK (resolved >= 0),
    pending_start bigint CHECK (pending_start >= 0),
    pending_end bigint CHECK (pending_end >= 0),
    backlog bigint CHECK (backlog >= 0),
    e_filed bigint CHECK (e_filed >= 0),
    video_hearings bigint CHECK (video_hearings >= 0),
    judgments_published bigint CHECK (judgments_published >= 0),
    spending numeric(20, 2) CHECK (spending >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reported_statistics_period CHECK (period_end >= period_start)
);
CREATE UNIQUE INDEX reported_statistics_key ON reported_statistics (court_id, coalesce(category_id, 0), period_start, period_end);

-- Numbers as exported files write them: a decimal comma (1234,5) and digit groups with a thousands separator
-- ("11,608", "1.234.567,8", "1 234"), each part of a sum of columns alike. The separator is only taken between a
-- digit and three digits, so "1,5" with a comma separator is still not a number.
DROP FUNCTION cm_import_number(text, boolean);
CREATE FUNCTION cm_import_number(raw text, decimal_comma boolean, thousands text DEFAULT NULL) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v ~ '^\s*-?\d{1,18}(\.\d{1,6})?\s*(\+\s*-?\d{1,18}(\.\d{1,6})?\s*)*$'
                THEN (SELECT sum(part::numeric) FROM unnest(string_to_array(v, '+')) AS part) END
    FROM (SELECT CASE WHEN decimal_comma THEN replace(g, ',', '.') ELSE g END AS v
          FROM (SELECT CASE WHEN thousands IS NULL OR thousands = '' THEN raw
                            ELSE regexp_replace(raw, '(?<=\d)' || regexp_replace(thousands, '([^\w\s])', '\\\1', 'g') || '(?=\d{3}(\D|$))', '', 'g')
                       END AS g) AS grouped) AS s
$$;

-- The span of a reported period as a report writes it: 2023 (a calendar year), 2023-07 (a month), 2023-Q3,
-- 2023-H2, FY2023 (the fiscal year that ends in 2023, starting in the court system's first fiscal month; with
-- calendar fiscal years, 2023 itself) or 2022-07-01/2023-06-30. NULL when it is none of these.
CREATE FUNCTION cm_report_period(raw text, fiscal_start smallint, OUT period_start date, OUT period_end date)
LANGUAGE sql IMMUTABLE AS $$
    WITH t AS (SELECT upper(btrim(raw)) AS v),
    s AS (
        SELECT CASE
            WHEN v ~ '^\d{4}$' THEN make_date(v::int, 1, 1)
            WHEN v ~ '^\d{4}-(0[1-9]|1[0-2])$' THEN make_date(left(v, 4)::int, right(v, 2)::int, 1)
            WHEN v ~ '^\d{4}-Q[1-4]$' THEN make_date(left(v, 4)::int, 3 * right(v, 1)::int - 2, 1)
            WHEN v ~ '^\d{4}-H[12]$' THEN make_date(left(v, 4)::int, 6 * right(v, 1)::int - 5, 1)
            WHEN v ~ '^FY\s?\d{4}$' THEN make_date(right(v, 4)::int - (fiscal_start > 1)::int, fiscal_start, 1)
            WHEN v ~ '^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$' AND cm_import_date(right(v, 10)) IS NOT NULL
                THEN cm_import_date(left(v, 10))
        END AS first,
        CASE
            WHEN v ~ '^\d{4}$' OR v ~ '^FY\s?\d{4}$' THEN interval '1 year'
            WHEN v ~ '^\d{4}-(0[1-9]|1[0-2])$' THEN interval '1 month'
            WHEN v ~ '^\d{4}-Q[1-4]$' THEN interval '3 months'
            WHEN v ~ '^\d{4}-H[12]$' THEN interval '6 months'
        END AS length,
        CASE WHEN v ~ '^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$' THEN cm_import_date(right(v, 10)) END AS last
        FROM t
    )
    SELECT first, coalesce(last, (first + length)::date - 1) FROM s
$$;
