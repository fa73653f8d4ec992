-- Yearly aggregate statistics for units that report no case-level data (peer courts, countries, CNJ sections),
-- the formulas they need beyond 0004, and the set-based text→value conversions of the CSV import.

CREATE TABLE statistics_units (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    name         text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('court', 'section', 'region', 'country', 'other')),
    -- The code of the unit it belongs to (a section's court, a court's country). Not a foreign key: a file may
    -- name a parent it does not itself report, e.g. CNJ sections of TRF1.
    parent_code  text
);

-- One row per unit and year; NULL where the source does not say.
CREATE TABLE yearly_statistics (
    unit_id        integer  NOT NULL REFERENCES statistics_units,
    year           smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    incoming       bigint   CHECK (incoming >= 0),
    resolved       bigint   CHECK (resolved >= 0),
    pending_start  bigint   CHECK (pending_start >= 0),
    pending_end    bigint   CHECK (pending_end >= 0),
    spending       numeric(20,2) CHECK (spending >= 0),
    population     bigint   CHECK (population >= 0),
    gdp            numeric(22,2) CHECK (gdp >= 0),
    judges         numeric(10,2) CHECK (judges >= 0),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_id, year)
);

-- Congestion rate (CNJ TC), the formula CNJ published until 2015: 1 − resolved ÷ (incoming + pending at end).
CREATE FUNCTION cm_congestion_rate_pre2016(pending_end numeric, resolved numeric, incoming numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 1 - cm_ratio(resolved, incoming + pending_end) $$;

-- Spending per inhabitant (CEPEJ; CNJ indicator G7): spending ÷ population.
CREATE FUNCTION cm_spending_per_inhabitant(spending numeric, population numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(spending, population) $$;

-- Spending as a share of GDP (CEPEJ; CNJ indicator G1): spending ÷ GDP.
CREATE FUNCTION cm_spending_share_of_gdp(spending numeric, gdp numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(spending, gdp) $$;

-- Incoming cases per judge (CEPEJ; CNJ "casos novos por magistrado").
CREATE FUNCTION cm_cases_per_judge(incoming numeric, judges numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(incoming, judges) $$;

-- The catalogue's measures that one year's figures of a statistics unit give, through the same formula functions
-- as the case-level families; columns are named by catalogue id (case-flow and budget families).
CREATE FUNCTION cm_yearly_measures(incoming numeric, resolved numeric, pending_start numeric, pending_end numeric,
                                   spending numeric, population numeric, gdp numeric, judges numeric)
RETURNS TABLE (incoming float8, resolved float8, pending_start float8, pending_end float8,
               clearance_rate float8, disposition_time float8, congestion_rate float8,
               congestion_rate_cnj_2009 float8, cases_per_judge float8,
               spending_per_inhabitant float8, spending_share_of_gdp float8)
LANGUAGE sql IMMUTABLE AS $$
    -- Computed in numeric, handed out as float8: a share of GDP has more decimal places than a .NET decimal holds.
    SELECT incoming::float8, resolved::float8, pending_start::float8, pending_end::float8,
           cm_clearance_rate(resolved, incoming)::float8,
           cm_disposition_time(pending_end, resolved, 365)::float8,
           cm_congestion_rate(pending_end, resolved)::float8,
           cm_congestion_rate_pre2016(pending_end, resolved, incoming)::float8,
           cm_cases_per_judge(incoming, judges)::float8,
           cm_spending_per_inhabitant(spending, population)::float8,
           cm_spending_share_of_gdp(spending, gdp)::float8
$$;

-- CSV import: text of a staged field → value, NULL when it is not one (the import's check reports it).
-- Pure SQL with CASE guards (no exception blocks), so a million rows convert in one set-based pass.

-- A calendar date written yyyy-mm-dd; NULL for anything else, including 2023-02-30.
CREATE FUNCTION cm_import_date(raw text)
RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN raw ~ '^\d{4}-\d{2}-\d{2}$' THEN
        CASE WHEN substr(raw, 1, 4)::int >= 1 AND substr(raw, 6, 2)::int BETWEEN 1 AND 12 THEN
            CASE WHEN substr(raw, 9, 2)::int BETWEEN 1 AND extract(day FROM
                     make_date(substr(raw, 1, 4)::int, substr(raw, 6, 2)::int, 1) + interval '1 month - 1 day')::int
                 THEN raw::date END
        END
    END
$$;

-- A decimal number, or several joined by '+' (a "sum of columns" mapping), added up. decimal_comma: 1234,5.
CREATE FUNCTION cm_import_number(raw text, decimal_comma boolean)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v ~ '^\s*-?\d{1,18}(\.\d{1,6})?\s*(\+\s*-?\d{1,18}(\.\d{1,6})?\s*)*$'
                THEN (SELECT sum(part::numeric) FROM unnest(string_to_array(v, '+')) AS part) END
    FROM (SELECT CASE WHEN decimal_comma THEN replace(raw, ',', '.') ELSE raw END AS v) AS s
$$;

-- true/false, t/f, yes/no, 1/0 in any case; NULL for anything else.
CREATE FUNCTION cm_import_boolean(raw text)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN lower(raw) IN ('true', 't', 'yes', 'y', '1') THEN true
                WHEN lower(raw) IN ('false', 'f', 'no', 'n', '0') THEN false END
$$;
