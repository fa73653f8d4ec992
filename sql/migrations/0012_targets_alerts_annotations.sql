-- Administrators' targets per measure (optionally per court and/or category), the alerts raised when a measure
-- crosses its target, and dated notes shown on the time charts of a scope.

CREATE TABLE measure_targets (
    id           integer          GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    metric_id    text             NOT NULL CHECK (length(metric_id) BETWEEN 1 AND 100),
    court_id     integer          REFERENCES courts ON DELETE CASCADE,
    category_id  smallint         REFERENCES case_categories ON DELETE CASCADE,
    target       double precision NOT NULL CHECK (target = target AND target BETWEEN -1e15 AND 1e15),  -- no NaN
    updated_at   timestamptz      NOT NULL DEFAULT now(),
    updated_by   text             NOT NULL,
    UNIQUE NULLS NOT DISTINCT (metric_id, court_id, category_id)
);

-- Where each target stood at its last evaluation (met or missed), so only a crossing raises an alert, and two
-- nodes evaluating the same change raise it once.
CREATE TABLE target_states (
    target_id     integer          PRIMARY KEY REFERENCES measure_targets ON DELETE CASCADE,
    met           boolean          NOT NULL,
    value         double precision NOT NULL,
    evaluated_at  timestamptz      NOT NULL
);

CREATE TABLE alerts (
    id            bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raised_at     timestamptz      NOT NULL DEFAULT now(),
    target_id     integer          REFERENCES measure_targets ON DELETE SET NULL,
    metric_id     text             NOT NULL,
    scope         text             NOT NULL,
    category_id   smallint         REFERENCES case_categories ON DELETE SET NULL,
    period_start  date             NOT NULL,
    period_end    date             NOT NULL,
    value         double precision NOT NULL,
    target        double precision NOT NULL,
    met           boolean          NOT NULL
);
CREATE INDEX alerts_newest ON alerts (raised_at DESC, id DESC);

CREATE TABLE annotations (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope       text        NOT NULL CHECK (scope ~ '^(nation|region:[1-9][0-9]{0,6}|court:[1-9][0-9]{0,6})$'),
    on_date     date        NOT NULL,
    text        text        NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL
);
CREATE INDEX annotations_scope_date ON annotations (scope, on_date);
