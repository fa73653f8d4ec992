COPY hearings (source_system, source_id, court_id, case_id, held_on, mode)
FROM STDIN (FORMAT BINARY)
