-- Every notification the product sends, each channel and payload defined once here; the writers call these
-- functions and every web node LISTENs on both channels (Live/ChangeFeed: changes; Live/Notice: notices).
-- PostgreSQL delivers them at commit, so a rolled-back write tells nobody.

-- A new data version (Jobs/Aggregator, aggregation/publish-version.sql): its number, when it was computed and the
-- courts it recomputed. NOTIFY payloads are capped at 8000 bytes: past 500 courts it says "all" (no courts key).
CREATE FUNCTION cm_notify_data_version(version bigint, computed_at timestamptz, court_ids integer[])
RETURNS void LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('courtmetrics_changes',
                     json_build_object('version', version, 'computed_at', computed_at,
                                       'courts', CASE WHEN cardinality(court_ids) <= 500 THEN court_ids END)::text)
$$;

-- Alerts just raised (their ids), for the pages of the scopes they concern.
CREATE FUNCTION cm_notify_alerts(alert_ids bigint[])
RETURNS void LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('courtmetrics_notices', json_build_object('alerts', alert_ids)::text)
$$;

-- A target set, changed or removed: pages read the targets in force again.
CREATE FUNCTION cm_notify_targets_changed()
RETURNS void LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('courtmetrics_notices', '{"targets": true}')
$$;

-- A note of a scope added or removed: its charts and those of the scopes inside it read their notes again.
CREATE FUNCTION cm_notify_annotations(scope text)
RETURNS void LANGUAGE sql VOLATILE AS $$
    SELECT pg_notify('courtmetrics_notices', json_build_object('annotations', scope)::text)
$$;
