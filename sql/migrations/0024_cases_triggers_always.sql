-- The cases triggers that record pending changes (touched cells 0002, duration deltas 0005, case deltas 0008) fire
-- whatever session_replication_role is. A large CSV import validates every court and category itself
-- (ingest/cases/check.sql), locks them as a foreign-key check would, and then sets the role to replica for its
-- merge (ingest/cases/trust-references.sql) so that PostgreSQL does not check the two foreign keys again, one
-- query per row; these triggers must still fire there, or the aggregates would miss the imported cases. Only the
-- foreign-key triggers (internal, "origin") are skipped. On a logical-replication subscriber the triggers fire as
-- well, which keeps its pending changes in step with the cases it receives.
ALTER TABLE cases
    ENABLE ALWAYS TRIGGER cases_touch_after_insert, ENABLE ALWAYS TRIGGER cases_touch_after_update,
    ENABLE ALWAYS TRIGGER cases_touch_after_delete,
    ENABLE ALWAYS TRIGGER cases_duration_after_insert, ENABLE ALWAYS TRIGGER cases_duration_after_update,
    ENABLE ALWAYS TRIGGER cases_duration_after_delete,
    ENABLE ALWAYS TRIGGER cases_count_after_insert, ENABLE ALWAYS TRIGGER cases_count_after_update,
    ENABLE ALWAYS TRIGGER cases_count_after_delete;
