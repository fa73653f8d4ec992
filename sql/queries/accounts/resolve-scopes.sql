-- Scopes named by an identity provider ('region:<id or code>', 'court:<id or code>') as the product's own
-- ('region:<id>', 'court:<id>'); names of no region or court are left out.
SELECT DISTINCT 'region:' || r.id AS scope
FROM unnest(@Scopes::text[]) AS s(text)
JOIN regions r ON s.text IN ('region:' || r.id, 'region:' || r.code)
UNION
SELECT DISTINCT 'court:' || c.id
FROM unnest(@Scopes::text[]) AS s(text)
JOIN courts c ON s.text IN ('court:' || c.id, 'court:' || c.code)
ORDER BY 1;
