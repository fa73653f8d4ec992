INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
SELECT 'demo', b.source_id, b.court_id, b.fiscal_year, b.item, b.allocated, b.spent, b.booked_on
FROM unnest(@SourceIds::text[], @CourtIds::int[], @FiscalYears::smallint[], @Items::text[], @Allocated::numeric[],
            @Spent::numeric[], @BookedOn::date[]) AS b(source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
ON CONFLICT (source_system, source_id) DO NOTHING
