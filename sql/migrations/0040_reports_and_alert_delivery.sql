-- Scheduled reports and alert delivery (Reports/). Each schedule is also a Hangfire recurring job "report-<id>",
-- re-registered from this table at every start: the table is the truth, Hangfire's copy follows it.
CREATE TABLE report_schedules (
    id          serial PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    view        text NOT NULL,
    scope       text NOT NULL,
    period      text NOT NULL CHECK (period IN ('last12', 'ytd', 'lastYear', 'last5', 'last30')),
    language    text NOT NULL CHECK (language IN ('en', 'kk', 'ru')),
    format      text NOT NULL CHECK (format IN ('pptx', 'pdf')),
    recipients  text[] NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 20),
    -- how administrators said it (daily, weekly, monthly, cron) and the cron expression Hangfire runs, in UTC
    cadence     text NOT NULL CHECK (cadence IN ('daily', 'weekly', 'monthly', 'cron')),
    weekday     smallint CHECK (weekday BETWEEN 0 AND 6),
    month_day   smallint CHECK (month_day BETWEEN 1 AND 28),
    hour        smallint CHECK (hour BETWEEN 0 AND 23),
    cron        text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL
);

-- Where raised alerts go: an e-mail address, or a webhook with its own signing secret (kept to sign each body;
-- shown to the administrator once, when created).
CREATE TABLE alert_subscriptions (
    id          serial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('email', 'webhook')),
    address     text NOT NULL CHECK (length(address) BETWEEN 3 AND 2000),
    language    text NOT NULL CHECK (language IN ('en', 'kk', 'ru')),
    secret      text CHECK ((kind = 'webhook') = (secret IS NOT NULL)),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL,
    UNIQUE (kind, address)
);

-- Every attempt to deliver a report or an alert, sent or failed, as the admin page lists it. No foreign keys: the
-- log outlives the schedules and subscriptions it names.
CREATE TABLE deliveries (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    schedule_id     integer,
    alert_id        bigint,
    subscription_id integer,
    channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
    recipient       text NOT NULL,
    outcome         text NOT NULL CHECK (outcome IN ('sent', 'failed')),
    attempt         integer NOT NULL,
    error           text,
    CHECK ((schedule_id IS NULL) <> (alert_id IS NULL))
);
CREATE INDEX deliveries_newest ON deliveries (at DESC, id DESC);
