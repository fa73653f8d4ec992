-- Digital access and budget: the facts they still lacked, their formulas, their incremental aggregates.

-- When the judgment of a case was published online (NULL: not published). Writes to cases already mark the
-- case's filing and disposition cells (0002), which is where the published-judgment count lives.
ALTER TABLE cases ADD COLUMN judgment_published_on date;

-- The country's economy per calendar year (= fiscal year): GDP and the state budget's total expenditure, in the
-- currency of budget_lines. National only: CEPEJ and CNJ relate court spending to national GDP.
CREATE TABLE national_economy (
    year          smallint      PRIMARY KEY,
    gdp           numeric(20,2) NOT NULL CHECK (gdp > 0),
    state_budget  numeric(20,2) NOT NULL CHECK (state_budget > 0)
);

-- The budget floor fixed in law, in its most common form (e.g. Costa Rica 6 %, Guatemala 2 %, Honduras 3 % of
-- the state's revenue or budget): the judiciary's allocation must be at least this share of the state budget.
CREATE TABLE budget_floor (
    year                   smallint     PRIMARY KEY,
    share_of_state_budget  numeric(8,6) NOT NULL CHECK (share_of_state_budget > 0 AND share_of_state_budget < 1),
    legal_basis            text         NOT NULL
);

-- Formulas, each written once (the catalogues Metrics/Catalogue/{digital-access,budget}.json cite them).

-- Inhabitants of a scope, counted once. The nation or a region: the regions' population. A set of courts: the
-- population served by its district courts (higher courts serve the same people again, on appeal); a set with no
-- district court: the largest population its courts serve (a regional court serves its region). NULL if empty.
CREATE FUNCTION cm_scope_population(court_ids integer[], region smallint)
RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN court_ids IS NULL
                THEN (SELECT sum(population) FROM regions WHERE region IS NULL OR id = region)
                ELSE (SELECT coalesce(sum(population_served) FILTER (WHERE level = 'district'), max(population_served))
                      FROM courts WHERE id = ANY (court_ids) AND (region IS NULL OR region_id = region))
           END
$$;

-- Share of a (fiscal = calendar) year's days that fall in [period_start, period_end]: yearly amounts
-- (allocations, GDP, state budget) are spread evenly over their year's days.
CREATE FUNCTION cm_year_fraction(year integer, period_start date, period_end date)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT greatest(0, least(period_end, make_date(year, 12, 31)) - greatest(period_start, make_date(year, 1, 1)) + 1)::numeric
           / (make_date(year + 1, 1, 1) - make_date(year, 1, 1))
$$;

-- Anything per 1,000 inhabitants (portal visits): 1000 × amount ÷ population.
CREATE FUNCTION cm_per_1000_inhabitants(amount numeric, population numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 1000 * cm_ratio(amount, population) $$;

-- Budget execution: spent ÷ allocated.
CREATE FUNCTION cm_budget_execution(spent numeric, allocated numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(spent, allocated) $$;

-- Cost per case (NCSC CourTools 10): spent ÷ resolved cases.
CREATE FUNCTION cm_cost_per_resolved_case(spent numeric, resolved numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(spent, resolved) $$;

-- Spending per inhabitant and share of GDP: cm_spending_per_inhabitant and cm_spending_share_of_gdp (0006),
-- shared with the yearly statistics of peer countries.

-- The legal minimum of the judiciary's allocation: floor share × state budget.
CREATE FUNCTION cm_budget_floor(state_budget numeric, floor_share numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT state_budget * floor_share $$;

-- Budget floor compliance: allocated ÷ legal minimum; 1 or more complies with the law.
CREATE FUNCTION cm_budget_floor_compliance(allocated numeric, legal_minimum numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT cm_ratio(allocated, legal_minimum) $$;

-- Aggregates. Case-based counts are kept per (court, category, day) cell; hearings and portal visits carry no
-- category and sit in category 0 of the same table.
CREATE TABLE digital_access_daily (
    court_id                integer  NOT NULL,
    category_id             smallint NOT NULL,
    day                     date     NOT NULL,
    filed                   integer  NOT NULL,
    filed_electronic        integer  NOT NULL,
    filed_extraterritorial  integer  NOT NULL,
    filed_ai_assisted       integer  NOT NULL,
    resolved                integer  NOT NULL,
    resolved_published      integer  NOT NULL,
    hearings                integer  NOT NULL,
    video_hearings          integer  NOT NULL,
    portal_visits           bigint   NOT NULL,
    PRIMARY KEY (court_id, category_id, day)
);

-- Partial months and daily grids read days across all courts of a scope.
CREATE INDEX digital_access_daily_day ON digital_access_daily (day);

CREATE TABLE digital_access_monthly (LIKE digital_access_daily);
ALTER TABLE digital_access_monthly RENAME COLUMN day TO month;
ALTER TABLE digital_access_monthly ADD PRIMARY KEY (court_id, category_id, month);
CREATE INDEX digital_access_monthly_month ON digital_access_monthly (month);

-- Spending by booking day; allocations by fiscal year.
CREATE TABLE budget_daily (
    court_id         integer       NOT NULL,
    day              date          NOT NULL,
    spent            numeric(18,2) NOT NULL,
    personnel_spent  numeric(18,2) NOT NULL,
    PRIMARY KEY (court_id, day)
);

CREATE INDEX budget_daily_day ON budget_daily (day);

CREATE TABLE budget_monthly (LIKE budget_daily);
ALTER TABLE budget_monthly RENAME COLUMN day TO month;
ALTER TABLE budget_monthly ADD PRIMARY KEY (court_id, month);
CREATE INDEX budget_monthly_month ON budget_monthly (month);

CREATE TABLE budget_allocated_yearly (
    court_id     integer       NOT NULL,
    fiscal_year  smallint      NOT NULL,
    allocated    numeric(18,2) NOT NULL,
    PRIMARY KEY (court_id, fiscal_year)
);

-- Hearings, portal use and budget lines mark the (court, category 0, day) cells they touch in touched_cells, so
-- the aggregation job claims them with the case cells and publishes a data version for their courts. A budget
-- line also marks 1 January of its fiscal year: that is where its court's allocation for the year is recomputed.
-- Statement-level with transition tables, as for cases (0002): one insert per statement.
CREATE FUNCTION cm_touch_court_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'hearings' THEN
        INSERT INTO touched_cells (court_id, category_id, day)
        SELECT DISTINCT court_id, 0::smallint, held_on FROM changed_rows ON CONFLICT DO NOTHING;
    ELSIF TG_TABLE_NAME = 'portal_use' THEN
        INSERT INTO touched_cells (court_id, category_id, day)
        SELECT DISTINCT court_id, 0::smallint, day FROM changed_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO touched_cells (court_id, category_id, day)
        SELECT DISTINCT r.court_id, 0::smallint, d.day
        FROM changed_rows r CROSS JOIN LATERAL (VALUES (r.booked_on), (make_date(r.fiscal_year, 1, 1))) AS d(day)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- An update marks both the old and the new rows' cells: two triggers, one per transition table.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['hearings', 'portal_use', 'budget_lines'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_touch_after_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION cm_touch_court_days()', t);
        EXECUTE format('CREATE TRIGGER %1$s_touch_after_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION cm_touch_court_days()', t);
        EXECUTE format('CREATE TRIGGER %1$s_touch_after_update_old AFTER UPDATE ON %1$I REFERENCING OLD TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION cm_touch_court_days()', t);
        EXECUTE format('CREATE TRIGGER %1$s_touch_after_update_new AFTER UPDATE ON %1$I REFERENCING NEW TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION cm_touch_court_days()', t);
    END LOOP;
END $$;
