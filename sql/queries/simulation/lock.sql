-- One seeding at a time across nodes: the second node waits, then finds the courts the first one wrote.
SELECT pg_advisory_xact_lock(x'436f75727453696d'::bigint) -- "CourtSim"
