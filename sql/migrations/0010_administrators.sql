-- Administrator accounts: cookie sign-in with ASP.NET Core's password hasher and a lockout after repeated failures.

CREATE TABLE administrators (
    id               integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name        text        NOT NULL,
    password_hash    text        NOT NULL,
    failed_attempts  integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_signed_in   timestamptz,
    CONSTRAINT administrators_user_name_length CHECK (length(user_name) BETWEEN 1 AND 100)
);
-- User names compare case-insensitively: "Admin" and "admin" are one account.
CREATE UNIQUE INDEX administrators_user_name ON administrators (lower(user_name));
