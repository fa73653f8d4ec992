-- Case-flow aggregates, kept incrementally: every write to cases marks the (court, category, day) cells it
-- touches; the aggregation job recomputes only those cells.

CREATE TABLE touched_cells (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    day          date     NOT NULL,
    PRIMARY KEY (court_id, category_id, day)
);

CREATE TABLE case_flow_daily (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    day          date     NOT NULL,
    incoming     integer  NOT NULL,
    resolved     integer  NOT NULL,
    PRIMARY KEY (court_id, category_id, day)
);

CREATE TABLE case_flow_monthly (
    court_id     integer  NOT NULL,
    category_id  smallint NOT NULL,
    month        date     NOT NULL,
    incoming     integer  NOT NULL,
    resolved     integer  NOT NULL,
    PRIMARY KEY (court_id, category_id, month)
);
CREATE INDEX case_flow_monthly_month ON case_flow_monthly (month);

-- One row per aggregation that changed something; the newest is the dashboard's "data as of".
CREATE TABLE data_versions (
    version      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    computed_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    court_ids    integer[]
);

-- Statement-level triggers with transition tables: one set-based insert per statement, so a COPY of a million
-- rows costs one query here, not a million.
CREATE FUNCTION cases_touch_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO touched_cells (court_id, category_id, day)
    SELECT DISTINCT n.court_id, n.category_id, d.day
    FROM new_rows n CROSS JOIN LATERAL (VALUES (n.filed_on), (n.disposed_on)) AS d(day)
    WHERE d.day IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_touch_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO touched_cells (court_id, category_id, day)
    SELECT DISTINCT o.court_id, o.category_id, d.day
    FROM old_rows o CROSS JOIN LATERAL (VALUES (o.filed_on), (o.disposed_on)) AS d(day)
    WHERE d.day IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION cases_touch_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO touched_cells (court_id, category_id, day)
    SELECT DISTINCT r.court_id, r.category_id, d.day
    FROM (SELECT court_id, category_id, filed_on, disposed_on FROM old_rows
          UNION ALL
          SELECT court_id, category_id, filed_on, disposed_on FROM new_rows) r
    CROSS JOIN LATERAL (VALUES (r.filed_on), (r.disposed_on)) AS d(day)
    WHERE d.day IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_touch_after_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_touch_inserted();
CREATE TRIGGER cases_touch_after_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_touch_deleted();
CREATE TRIGGER cases_touch_after_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_touch_updated();
