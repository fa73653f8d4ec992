-- Every distinct problem of a batch (a reason found by two checks counts once), in item order, the first @limit.
SELECT p.idx AS item, i.kind, p.field, p.reason, p.value
FROM (SELECT DISTINCT ON (idx, field, reason) * FROM api_problems ORDER BY idx, field, reason, seq) AS p
LEFT JOIN api_items i USING (idx)
ORDER BY p.idx, p.seq
LIMIT @limit;
