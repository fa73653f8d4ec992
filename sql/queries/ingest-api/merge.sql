-- Writes a checked batch's other facts after ingest/cases/merge.sql (hearings may name cases filed in the same
-- batch), in one statement. Identical repeats are one item; rows equal to the stored ones are not touched, so a
-- batch sent again changes nothing and marks no cells. Returns the rows written per table.
WITH published AS (
    UPDATE cases c SET judgment_published_on = p.published_on, updated_at = now()
    FROM (SELECT DISTINCT ON (item ->> 'case_id') item ->> 'case_id' AS case_id, cm_import_date(item ->> 'published_on') AS published_on
          FROM api_items WHERE kind = 'judgment_published' ORDER BY item ->> 'case_id', idx DESC) AS p
    WHERE c.source_system = @system AND c.source_id = p.case_id AND c.judgment_published_on IS DISTINCT FROM p.published_on
    RETURNING 1
), hearings_written AS (
    INSERT INTO hearings (source_system, source_id, court_id, case_id, held_on, mode)
    SELECT DISTINCT ON (i.item ->> 'hearing_id') @system, i.item ->> 'hearing_id', co.id, c.id,
           cm_import_date(i.item ->> 'held_on'), i.item ->> 'mode'
    FROM api_items i
    JOIN courts co ON co.code = i.item ->> 'court'
    LEFT JOIN cases c ON c.source_system = @system AND c.source_id = i.item ->> 'case_id'
    WHERE i.kind = 'hearing'
    ORDER BY i.item ->> 'hearing_id', i.idx
    ON CONFLICT (source_system, source_id) DO UPDATE SET
        court_id = excluded.court_id, case_id = excluded.case_id, held_on = excluded.held_on, mode = excluded.mode
    WHERE (hearings.court_id, hearings.case_id, hearings.held_on, hearings.mode)
          IS DISTINCT FROM (excluded.court_id, excluded.case_id, excluded.held_on, excluded.mode)
    RETURNING 1
), budget_written AS (
    INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
    SELECT DISTINCT ON (i.item ->> 'line_id') @system, i.item ->> 'line_id', co.id, (i.item ->> 'fiscal_year')::smallint,
           i.item ->> 'item', cm_import_number(i.item ->> 'allocated', false), cm_import_number(i.item ->> 'spent', false),
           cm_import_date(i.item ->> 'booked_on')
    FROM api_items i
    JOIN courts co ON co.code = i.item ->> 'court'
    WHERE i.kind = 'budget_line'
    ORDER BY i.item ->> 'line_id', i.idx
    ON CONFLICT (source_system, source_id) DO UPDATE SET
        court_id = excluded.court_id, fiscal_year = excluded.fiscal_year, item = excluded.item,
        allocated = excluded.allocated, spent = excluded.spent, booked_on = excluded.booked_on
    WHERE (budget_lines.court_id, budget_lines.fiscal_year, budget_lines.item, budget_lines.allocated, budget_lines.spent, budget_lines.booked_on)
          IS DISTINCT FROM (excluded.court_id, excluded.fiscal_year, excluded.item, excluded.allocated, excluded.spent, excluded.booked_on)
    RETURNING 1
), portal_written AS (
    INSERT INTO portal_use (court_id, day, visits)
    SELECT DISTINCT ON (co.id, cm_import_date(i.item ->> 'day')) co.id, cm_import_date(i.item ->> 'day'), (i.item ->> 'visits')::integer
    FROM api_items i
    JOIN courts co ON co.code = i.item ->> 'court'
    WHERE i.kind = 'portal_use'
    ORDER BY co.id, cm_import_date(i.item ->> 'day'), i.idx
    ON CONFLICT (court_id, day) DO UPDATE SET visits = excluded.visits
    WHERE portal_use.visits IS DISTINCT FROM excluded.visits
    RETURNING 1
)
SELECT (SELECT count(*) FROM published) AS judgments, (SELECT count(*) FROM hearings_written) AS hearings,
       (SELECT count(*) FROM budget_written) AS budget_lines, (SELECT count(*) FROM portal_written) AS portal_use;
