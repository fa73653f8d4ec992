-- A data version also says from which day its changes count: the earliest day of a fact it added, changed or
-- removed (NULL: every day, as after a rebuild or a court system change). A measure of a period ending before that
-- day cannot have changed — a count of days, a duration ending in the period, a caseload at its end all depend on
-- facts dated up to the period's end — so every node keeps such series across the version (Live/TouchedData).
ALTER TABLE data_versions ADD COLUMN from_day date;

DROP FUNCTION cm_notify_data_version(bigint, timestamptz, integer[]);

-- A new data version: its number, when it was computed, the courts it recomputed and the earliest day it touched.
-- NOTIFY payloads are capped at 8000 bytes: past 500 courts it says "all" (no courts key); no "from" key = every day.
CREATE FUNCTION cm_notify_data_version(version bigint, computed_at timestamptz, court_ids integer[], from_day date)
RETURNS void LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('courtmetrics_changes',
                     json_build_object('version', version, 'computed_at', computed_at,
                                       'courts', CASE WHEN cardinality(court_ids) <= 500 THEN court_ids END,
                                       'from', CASE WHEN from_day > '-infinity' THEN from_day END)::text)
$$;
