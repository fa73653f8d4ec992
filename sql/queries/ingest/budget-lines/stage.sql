-- Staging for a budget-lines CSV: the raw text of each field (NULL when empty or absent) and the file line it came from.
CREATE TEMP TABLE import_raw (
    line           integer NOT NULL,
    source_system  text,
    source_id      text,
    court          text,
    fiscal_year    text,
    item           text,
    allocated      text,
    spent          text,
    booked_on      text
) ON COMMIT DROP;
