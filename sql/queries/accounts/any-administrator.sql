-- Whether the first administrator exists already: then a start hashes no password (a costly step) for nothing.
SELECT EXISTS (SELECT 1 FROM administrators WHERE role = 'administrator');
