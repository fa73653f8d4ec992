-- What each write to cases adds to or takes from the per-day case counts, recorded by the cases triggers: +1 for
-- a new row's filing day (and its flags) and disposition day, −1 for an old row's. The aggregation job claims them
-- once (aggregation/claim-touched.sql) and the case-flow and digital-access families add them to their daily and
-- monthly counts, so a refresh costs what the changed cases cost, whatever the size of the history.
CREATE TABLE case_deltas (
    court_id                integer  NOT NULL,
    category_id             smallint NOT NULL,
    day                     date     NOT NULL,
    incoming                integer  NOT NULL,
    filed_electronic        integer  NOT NULL,
    filed_extraterritorial  integer  NOT NULL,
    filed_ai_assisted       integer  NOT NULL,
    resolved                integer  NOT NULL,
    resolved_published      integer  NOT NULL
);

CREATE FUNCTION cases_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_deltas
    SELECT court_id, category_id, filed_on, 1, (filing_channel = 'electronic')::int, extraterritorial::int,
           ai_assisted::int, 0, 0
    FROM new_rows
    UNION ALL
    SELECT court_id, category_id, disposed_on, 0, 0, 0, 0, 1, (judgment_published_on IS NOT NULL)::int
    FROM new_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_deltas
    SELECT court_id, category_id, filed_on, -1, -(filing_channel = 'electronic')::int, -extraterritorial::int,
           -ai_assisted::int, 0, 0
    FROM old_rows
    UNION ALL
    SELECT court_id, category_id, disposed_on, 0, 0, 0, 0, -1, -(judgment_published_on IS NOT NULL)::int
    FROM old_rows WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_deltas
    SELECT court_id, category_id, filed_on, sign, sign * (filing_channel = 'electronic')::int,
           sign * extraterritorial::int, sign * ai_assisted::int, 0, 0
    FROM (SELECT *, -1 AS sign FROM old_rows UNION ALL SELECT *, 1 FROM new_rows) r
    UNION ALL
    SELECT court_id, category_id, disposed_on, 0, 0, 0, 0, sign, sign * (judgment_published_on IS NOT NULL)::int
    FROM (SELECT *, -1 AS sign FROM old_rows UNION ALL SELECT *, 1 FROM new_rows) r
    WHERE disposed_on IS NOT NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_count_after_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_count_inserted();
CREATE TRIGGER cases_count_after_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_count_deleted();
CREATE TRIGGER cases_count_after_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_count_updated();
