-- The demo simulator's record. A row exists only in a database the simulator seeded itself: live demo events are
-- written there and nowhere else, so real data is never mixed with invented data.
CREATE TABLE simulation_state (
    singleton     boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    seed          bigint      NOT NULL,
    seeded_at     timestamptz NOT NULL DEFAULT now(),
    history_from  date        NOT NULL,
    history_to    date        NOT NULL,
    -- The aggregates are rebuilt once after the backfill; null means a start-up must still do it.
    rebuilt_at    timestamptz,
    -- The simulated clock: live ticks so far. Each tick draws from the random stream of its number.
    tick          bigint      NOT NULL DEFAULT 0,
    last_tick_at  timestamptz
);
