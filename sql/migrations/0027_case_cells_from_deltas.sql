-- The cases no longer mark touched cells.
--
-- 0002's statement triggers on cases wrote a row into touched_cells for every (court, category, day) a write
-- touched. Since 0005 and 0008 the same writes record what they change (duration_deltas, case_deltas), and the
-- families apply those; of the marks only the courts were still read, to tell the dashboards which courts changed
-- (aggregation/publish-version.sql), and they cost one more row per touched cell on every write: 1.1M rows for
-- an import of 1M cases, a third of its time in PostgreSQL. The job now takes those courts from the claimed case
-- changes. touched_cells keeps the marks of hearings, portal use and budget lines (0007), whose aggregates are
-- recounted per marked court and day.
DROP TRIGGER cases_touch_after_insert ON cases;
DROP TRIGGER cases_touch_after_update ON cases;
DROP TRIGGER cases_touch_after_delete ON cases;
DROP FUNCTION cases_touch_inserted();
DROP FUNCTION cases_touch_updated();
DROP FUNCTION cases_touch_deleted();
