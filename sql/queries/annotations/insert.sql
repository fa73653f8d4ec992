WITH added AS (
    INSERT INTO annotations (scope, on_date, text, created_by) VALUES (@Scope, @Date, @Text, @CreatedBy)
    RETURNING id, scope
)
SELECT id, pg_notify('courtmetrics_notices', json_build_object('annotations', scope)::text) FROM added;
