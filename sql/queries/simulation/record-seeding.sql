-- The backfill gave case ids itself; live filings continue after them.
SELECT setval(pg_get_serial_sequence('cases', 'id'), greatest((SELECT max(id) FROM cases), 1));

INSERT INTO simulation_state (seed, history_from, history_to) VALUES (@Seed, @HistoryFrom, @HistoryTo);
