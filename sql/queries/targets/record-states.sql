-- Records where each evaluated target stands. A target whose side changed (or, evaluated for the first time, is
-- missed) raises an alert; other nodes hear of it by NOTIFY at commit. Rows whose side did not change are left as
-- they were, so concurrent evaluations of one change raise one alert, and only the statement that raised it
-- returns its id (the caller hands it on for delivery: once, however many nodes evaluate).
WITH evaluated AS (
    SELECT * FROM unnest(@TargetIds::int[], @Met::boolean[], @Values::float8[]) AS e(target_id, met, value)
    WHERE EXISTS (SELECT 1 FROM measure_targets t WHERE t.id = e.target_id)
), previous AS (
    -- Read in the statement's snapshot: the state before this evaluation. (No FOR UPDATE: the upsert below locks
    -- the row, and a row this statement itself updated cannot be locked again, so it would be skipped.)
    SELECT s.target_id, s.met FROM target_states s JOIN evaluated e USING (target_id)
), changed AS (
    INSERT INTO target_states (target_id, met, value, evaluated_at)
    SELECT target_id, met, value, now() FROM evaluated
    ON CONFLICT (target_id) DO UPDATE SET met = EXCLUDED.met, value = EXCLUDED.value, evaluated_at = EXCLUDED.evaluated_at
    WHERE target_states.met IS DISTINCT FROM EXCLUDED.met
    RETURNING target_id, met, value
), raised AS (
    INSERT INTO alerts (target_id, metric_id, scope, category_id, period_start, period_end, value, target, met)
    SELECT t.id, t.metric_id, coalesce('court:' || t.court_id, 'nation'), t.category_id, @PeriodStart, @PeriodEnd,
           c.value, t.target, c.met
    FROM changed c
    JOIN measure_targets t ON t.id = c.target_id
    LEFT JOIN previous p ON p.target_id = c.target_id
    WHERE p.target_id IS NOT NULL OR NOT c.met
    RETURNING id
)
SELECT r.id
FROM raised r
CROSS JOIN (SELECT cm_notify_alerts(array_agg(id)::bigint[]) FROM raised HAVING count(*) > 0) notified
ORDER BY r.id;
