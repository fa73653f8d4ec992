-- The nation's own rows in the court-day aggregate tables: court 0 holds, for each category and day (and month),
-- the sum over every court, moved by the same changes in the same transaction (case-flow, digital-access, budget,
-- pending-age). A national read then sums a few thousand rows instead of every court's: the nation's 90 days by day
-- were 108,000 rows of case_flow_daily at 10M cases (200–340 ms), every read a national dashboard makes after each
-- change (docs/scaling.md). Courts are numbered from 1.
ALTER TABLE courts ADD CONSTRAINT courts_id_positive CHECK (id > 0);

-- The court rows a measure of a scope sums: the nation's (court 0) for the whole country when no report may
-- replace a court's case rows there (a report counts court by court: case-flow/measures.sql), else the scope's
-- courts.
CREATE FUNCTION cm_rows_of(court_ids integer[], region smallint, any_report boolean)
RETURNS TABLE (court_id integer)
LANGUAGE sql STABLE AS $$
    SELECT 0 WHERE court_ids IS NULL AND region IS NULL AND NOT any_report
    UNION ALL
    SELECT court_id FROM cm_scope_courts(court_ids, region)
    WHERE court_ids IS NOT NULL OR region IS NOT NULL OR any_report
$$;

-- The tables gain their national rows at the next aggregation, a rebuild.
DELETE FROM aggregates_intact WHERE EXISTS (SELECT FROM cases);
