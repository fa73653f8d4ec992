-- Staging for a reported-statistics CSV: the raw text of each field (NULL when empty or absent) and its file line.
CREATE TEMP TABLE import_raw (
    line                 integer NOT NULL,
    court                text,
    category             text,
    period               text,
    incoming             text,
    resolved             text,
    pending_start        text,
    pending_end          text,
    backlog              text,
    e_filed              text,
    video_hearings       text,
    judgments_published  text,
    spending             text
) ON COMMIT DROP;
