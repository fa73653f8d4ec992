-- The age of the pending caseload kept by the aggregation like the other families, instead of counted from cases
-- at read time (3.5 s for the nation at 10M cases, docs/scaling.md).
--
-- P_a(D), the cases pending at day D aged a days or more, changes only on two kinds of day: a case enters it on
-- filed_on + a if still pending then (disposed_on − filed_on > a, or open), and leaves it on disposed_on (if it
-- had entered). The tables hold these changes per court, category and day (and summed per month) for the ages
-- that bound the age buckets and for the category's backlog age (its longest time standard + 1 day); the count at
-- any D is the sum of the changes up to D (pending-age/measures.sql). A case filed years ago changes a handful of
-- rows, a new filing or disposition today changes today's — so the aggregation follows the cases changed.
-- As the other families' tables (0035), court 0 holds the nation's rows.
CREATE UNLOGGED TABLE pending_age_daily (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    day          date     NOT NULL,
    from_0       integer  NOT NULL,
    from_91      integer  NOT NULL,
    from_181     integer  NOT NULL,
    from_366     integer  NOT NULL,
    from_541     integer  NOT NULL,
    backlog      integer  NOT NULL,
    PRIMARY KEY (court_id, category_id, day)
);

CREATE UNLOGGED TABLE pending_age_monthly (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    month        date     NOT NULL,
    from_0       integer  NOT NULL,
    from_91      integer  NOT NULL,
    from_181     integer  NOT NULL,
    from_366     integer  NOT NULL,
    from_541     integer  NOT NULL,
    backlog      integer  NOT NULL,
    PRIMARY KEY (court_id, category_id, month)
);

-- The backlog age each category's changes were counted with. When a category's time standards change, the
-- aggregation sees it here and recounts that family (pending-age/standards-changed.sql).
CREATE UNLOGGED TABLE pending_age_backlog_from (
    category_id  smallint PRIMARY KEY,
    from_age     integer  NOT NULL
);

-- The backlog age of each category with time standards: older than its longest standard.
CREATE FUNCTION cm_backlog_from() RETURNS TABLE (category_id smallint, from_age integer)
LANGUAGE sql STABLE AS $$
    SELECT category_id, max(within_days) + 1 FROM time_standards GROUP BY category_id
$$;

-- The changes one span of cases (filed_on, disposed_on or open, how many) makes: rows of (day, slot, cases), slot
-- 0–4 the ages 0, 91, 181, 366, 541 and slot 5 the backlog age. A negative count removes spans.
CREATE FUNCTION cm_pending_age_events(filed_on date, disposed_on date, backlog_from integer, cases integer)
RETURNS TABLE (day date, slot integer, cases integer)
LANGUAGE sql IMMUTABLE AS $$
    SELECT filed_on + t.age, t.slot, cases
    FROM (VALUES (0, 0), (1, 91), (2, 181), (3, 366), (4, 541), (5, backlog_from)) AS t (slot, age)
    WHERE t.age IS NOT NULL AND (disposed_on IS NULL OR disposed_on - filed_on > t.age)
    UNION ALL
    SELECT disposed_on, t.slot, -cases
    FROM (VALUES (0, 0), (1, 91), (2, 181), (3, 366), (4, 541), (5, backlog_from)) AS t (slot, age)
    WHERE t.age IS NOT NULL AND disposed_on - filed_on > t.age
$$;

-- What each write to cases adds and removes, as spans: +1 for a new row's (filed_on, disposed_on), −1 for an old
-- row's; an update records only the rows whose court, category or dates changed.
CREATE UNLOGGED TABLE pending_deltas (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    filed_on     date     NOT NULL,
    disposed_on  date,
    change       integer  NOT NULL
);

CREATE FUNCTION cases_pending_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pending_deltas SELECT court_id, category_id, filed_on, disposed_on, 1 FROM new_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_pending_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pending_deltas SELECT court_id, category_id, filed_on, disposed_on, -1 FROM old_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_pending_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pending_deltas
    SELECT r.court_id, r.category_id, r.filed_on, r.disposed_on, r.change
    FROM old_rows o
    JOIN new_rows n USING (id)
    CROSS JOIN LATERAL (VALUES (o.court_id, o.category_id, o.filed_on, o.disposed_on, -1),
                               (n.court_id, n.category_id, n.filed_on, n.disposed_on, 1))
        AS r (court_id, category_id, filed_on, disposed_on, change)
    WHERE (o.court_id, o.category_id, o.filed_on, o.disposed_on)
          IS DISTINCT FROM (n.court_id, n.category_id, n.filed_on, n.disposed_on);
    RETURN NULL;
END $$;

CREATE TRIGGER cases_pending_after_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_pending_inserted();
CREATE TRIGGER cases_pending_after_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_pending_deleted();
CREATE TRIGGER cases_pending_after_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_pending_updated();
-- As the other pending changes (0024): recorded on a large import's replica-role merge too.
ALTER TABLE cases
    ENABLE ALWAYS TRIGGER cases_pending_after_insert, ENABLE ALWAYS TRIGGER cases_pending_after_update,
    ENABLE ALWAYS TRIGGER cases_pending_after_delete;

-- The new tables start empty: with cases already there, the next aggregation rebuilds every family from the facts.
DELETE FROM aggregates_intact WHERE EXISTS (SELECT FROM cases);
