-- After an import's merge under trust-references.sql: foreign keys are checked again for whatever this
-- transaction still does.
SELECT set_config('session_replication_role', 'origin', true);
