-- One court-system change at a time, whichever node or command makes it (released at commit or rollback).
SELECT pg_advisory_xact_lock(hashtext('courtmetrics court system'));
