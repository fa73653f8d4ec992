SELECT version AS "Version", computed_at AS "ComputedAt"
FROM data_versions ORDER BY version DESC LIMIT 1;
