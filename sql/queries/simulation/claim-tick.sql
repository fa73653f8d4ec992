-- Advances the simulated clock by one tick, unless another node ticked less than half a tick ago: with several
-- nodes, the demo still runs at its configured rate. No row back means "not this time" (or not a demo database).
UPDATE simulation_state
SET tick = tick + 1, last_tick_at = clock_timestamp()
WHERE last_tick_at IS NULL OR last_tick_at < clock_timestamp() - make_interval(secs => @MinGapSeconds::double precision)
RETURNING tick AS "Tick", seed AS "Seed"
