-- The audit log: what administrators did (sign-ins, successful or not, and every change they made), newest first.
-- Only ever appended to by the app.

CREATE TABLE audit_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    administrator  text        NOT NULL CHECK (length(administrator) BETWEEN 1 AND 100),
    action         text        NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    detail         text        NOT NULL CHECK (length(detail) <= 500),
    client_address text
);

CREATE INDEX audit_log_newest ON audit_log (at DESC, id DESC);
