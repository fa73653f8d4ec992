-- Staging for a yearly-statistics CSV: the raw text of each field (NULL when empty or absent) and its file line.
CREATE TEMP TABLE import_raw (
    line           integer NOT NULL,
    unit           text,
    year           text,
    unit_name      text,
    unit_kind      text,
    parent_unit    text,
    incoming       text,
    resolved       text,
    pending_start  text,
    pending_end    text,
    spending       text,
    population     text,
    gdp            text,
    judges         text
) ON COMMIT DROP;
