-- Reference data and facts of the court system.

CREATE TABLE regions (
    id          smallint PRIMARY KEY,
    code        text     NOT NULL UNIQUE,
    name        text     NOT NULL,
    population  bigint   NOT NULL CHECK (population >= 0)
);

CREATE TABLE courts (
    id                 integer  PRIMARY KEY,
    code               text     NOT NULL UNIQUE,
    name               text     NOT NULL,
    region_id          smallint NOT NULL REFERENCES regions,
    level              text     NOT NULL CHECK (level IN ('district', 'regional', 'supreme')),
    population_served  bigint   NOT NULL CHECK (population_served >= 0),
    judges             integer  NOT NULL CHECK (judges >= 0)
);
CREATE INDEX courts_region ON courts (region_id);

CREATE TABLE case_categories (
    id    smallint PRIMARY KEY,
    code  text     NOT NULL UNIQUE,
    name  text     NOT NULL
);

-- "target_share of cases resolved within within_days" (Model Time Standards style; several tiers per category).
CREATE TABLE time_standards (
    category_id   smallint     NOT NULL REFERENCES case_categories,
    within_days   integer      NOT NULL CHECK (within_days > 0),
    target_share  numeric(5,4) NOT NULL CHECK (target_share > 0 AND target_share <= 1),
    PRIMARY KEY (category_id, within_days)
);

CREATE TABLE cases (
    id                bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_system     text     NOT NULL,
    source_id         text     NOT NULL,
    court_id          integer  NOT NULL REFERENCES courts,
    category_id       smallint NOT NULL REFERENCES case_categories,
    filed_on          date     NOT NULL,
    disposed_on       date,
    filing_channel    text     NOT NULL CHECK (filing_channel IN ('electronic', 'paper')),
    extraterritorial  boolean  NOT NULL DEFAULT false,
    ai_assisted       boolean  NOT NULL DEFAULT false,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_system, source_id),
    CONSTRAINT cases_disposed_after_filed CHECK (disposed_on IS NULL OR disposed_on >= filed_on)
);
CREATE INDEX cases_filed_cell    ON cases (court_id, category_id, filed_on);
CREATE INDEX cases_disposed_cell ON cases (court_id, category_id, disposed_on) WHERE disposed_on IS NOT NULL;
CREATE INDEX cases_pending       ON cases (court_id, filed_on) WHERE disposed_on IS NULL;

CREATE TABLE hearings (
    id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_system  text    NOT NULL,
    source_id      text    NOT NULL,
    court_id       integer NOT NULL REFERENCES courts,
    case_id        bigint  REFERENCES cases ON DELETE SET NULL,
    held_on        date    NOT NULL,
    mode           text    NOT NULL CHECK (mode IN ('in_person', 'video')),
    UNIQUE (source_system, source_id)
);
CREATE INDEX hearings_court_day ON hearings (court_id, held_on);

CREATE TABLE budget_lines (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_system  text          NOT NULL,
    source_id      text          NOT NULL,
    court_id       integer       NOT NULL REFERENCES courts,
    fiscal_year    smallint      NOT NULL,
    item           text          NOT NULL CHECK (item IN ('personnel', 'operations', 'technology', 'capital')),
    allocated      numeric(16,2) NOT NULL DEFAULT 0 CHECK (allocated >= 0),
    spent          numeric(16,2) NOT NULL DEFAULT 0 CHECK (spent >= 0),
    booked_on      date          NOT NULL,
    UNIQUE (source_system, source_id)
);
CREATE INDEX budget_lines_court_year ON budget_lines (court_id, fiscal_year);

-- Visits to the public e-justice portal attributed to a court's area, per day.
CREATE TABLE portal_use (
    court_id  integer NOT NULL REFERENCES courts,
    day       date    NOT NULL,
    visits    integer NOT NULL CHECK (visits >= 0),
    PRIMARY KEY (court_id, day)
);
