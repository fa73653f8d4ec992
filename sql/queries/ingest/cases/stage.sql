-- Staging for a cases CSV: the raw text of each field (NULL when empty or absent) and the file line it came from.
CREATE TEMP TABLE import_raw (
    line              integer NOT NULL,
    source_system     text,
    source_id         text,
    court             text,
    category          text,
    filed_on          text,
    disposed_on       text,
    filing_channel    text,
    extraterritorial  text,
    ai_assisted       text
) ON COMMIT DROP;
