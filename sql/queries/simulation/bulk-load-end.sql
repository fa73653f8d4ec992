-- After the demo's bulk COPY: everything bulk-load-begin.sql set aside, as the migrations define it. Each index
-- and constraint is built or checked in one pass over the loaded rows.
-- ALWAYS, as migration 0024 set them: they fire under the CSV import's session_replication_role = replica too.
ALTER TABLE cases ENABLE ALWAYS TRIGGER cases_duration_after_insert;
ALTER TABLE cases ENABLE ALWAYS TRIGGER cases_count_after_insert;
ALTER TABLE hearings ENABLE TRIGGER USER;
ALTER TABLE budget_lines ENABLE TRIGGER USER;
ALTER TABLE portal_use ENABLE TRIGGER USER;
CREATE INDEX cases_filed_cell    ON cases (court_id, category_id, filed_on);
CREATE INDEX cases_disposed_cell ON cases (court_id, category_id, disposed_on) WHERE disposed_on IS NOT NULL;
CREATE INDEX cases_pending       ON cases (court_id, filed_on) WHERE disposed_on IS NULL;
CREATE INDEX hearings_court_day  ON hearings (court_id, held_on);
ALTER TABLE cases ADD CONSTRAINT cases_source_system_source_id_key UNIQUE (source_system, source_id),
                  ADD CONSTRAINT cases_court_id_fkey FOREIGN KEY (court_id) REFERENCES courts,
                  ADD CONSTRAINT cases_category_id_fkey FOREIGN KEY (category_id) REFERENCES case_categories;
ALTER TABLE hearings ADD CONSTRAINT hearings_source_system_source_id_key UNIQUE (source_system, source_id),
                     ADD CONSTRAINT hearings_court_id_fkey FOREIGN KEY (court_id) REFERENCES courts,
                     ADD CONSTRAINT hearings_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases ON DELETE SET NULL;
ANALYZE cases;
ANALYZE hearings;
