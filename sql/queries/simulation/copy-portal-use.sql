COPY portal_use (court_id, day, visits)
FROM STDIN (FORMAT BINARY)
