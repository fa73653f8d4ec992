-- The court system's own name by language ("Courts of the Republic of Kazakhstan"): the presentation's title slide
-- and the deck open with it. Empty until the administrator's court-system file gives one.
ALTER TABLE court_system_settings ADD COLUMN names jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(names) = 'object');
