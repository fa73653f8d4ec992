-- Viewer accounts: local password accounts limited to some regions and courts, beside the administrators.
-- They live in the administrators table (its name kept: applied migrations and queries name it), which from now on
-- holds every local password account, with its role. An administrator sees everything; a viewer only the regions in
-- region_ids and the courts in court_ids (a court inside one of its regions included). A revoked account signs in
-- no more, and its session ends at its next request.

ALTER TABLE administrators
    ADD COLUMN role       text NOT NULL DEFAULT 'administrator' CHECK (role IN ('administrator', 'viewer')),
    ADD COLUMN region_ids smallint[] NOT NULL DEFAULT '{}',
    ADD COLUMN court_ids  integer[]  NOT NULL DEFAULT '{}',
    ADD COLUMN created_by text,
    ADD COLUMN revoked_at timestamptz,
    ADD CONSTRAINT administrators_scopes_of_viewers CHECK (
        role = 'administrator' AND cardinality(region_ids) = 0 AND cardinality(court_ids) = 0
        OR role = 'viewer' AND cardinality(region_ids) + cardinality(court_ids) BETWEEN 1 AND 1000);
