-- Stages an API batch (@items: its JSON array) after ingest/begin and its kind's stage (cases or reports): each item as sent,
-- numbered from 0 like the request's array, the fields each kind has, and the problems found, by item.
CREATE TEMP TABLE api_items ON COMMIT DROP AS
SELECT (i.ord - 1)::integer AS idx, i.item,
       CASE WHEN jsonb_typeof(i.item) = 'object' THEN i.item ->> 'kind' END AS kind
FROM jsonb_array_elements(@items::jsonb) WITH ORDINALITY AS i(item, ord);

CREATE TEMP TABLE api_fields (kind text NOT NULL, field text NOT NULL, required boolean NOT NULL) ON COMMIT DROP;
INSERT INTO api_fields (kind, field, required)
SELECT k.kind, f.field, f.required
FROM (VALUES ('case_filed'), ('case_corrected')) AS k(kind)
CROSS JOIN (VALUES ('case_id', true), ('court', true), ('category', true), ('filed_on', true), ('filing_channel', true),
                   ('disposed_on', false), ('extraterritorial', false), ('ai_assisted', false)) AS f(field, required)
UNION ALL
SELECT * FROM (VALUES
    ('case_disposed', 'case_id', true), ('case_disposed', 'disposed_on', true),
    ('case_reopened', 'case_id', true),
    ('judgment_published', 'case_id', true), ('judgment_published', 'published_on', true),
    ('hearing', 'hearing_id', true), ('hearing', 'court', true), ('hearing', 'held_on', true), ('hearing', 'mode', true),
    ('hearing', 'case_id', false),
    ('budget_line', 'line_id', true), ('budget_line', 'court', true), ('budget_line', 'fiscal_year', true),
    ('budget_line', 'item', true), ('budget_line', 'allocated', true), ('budget_line', 'spent', true),
    ('budget_line', 'booked_on', true),
    ('portal_use', 'court', true), ('portal_use', 'day', true), ('portal_use', 'visits', true),
    -- a court's statistical report (ingest/reports): sent in a batch of reports only
    ('report', 'court', true), ('report', 'category', false), ('report', 'period', true), ('report', 'incoming', false),
    ('report', 'resolved', false), ('report', 'pending_start', false), ('report', 'pending_end', false),
    ('report', 'backlog', false), ('report', 'e_filed', false), ('report', 'video_hearings', false),
    ('report', 'judgments_published', false), ('report', 'spending', false)
) AS v(kind, field, required);
-- A correction names only the fields it changes (and the case).
UPDATE api_fields SET required = false WHERE kind = 'case_corrected' AND field <> 'case_id';

CREATE TEMP TABLE api_problems (
    seq     bigint  GENERATED ALWAYS AS IDENTITY,
    idx     integer NOT NULL,
    field   text    NOT NULL,
    reason  text    NOT NULL,
    value   text
) ON COMMIT DROP;
