COPY budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
FROM STDIN (FORMAT BINARY)
