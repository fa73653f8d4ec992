WITH added AS (
    INSERT INTO annotations (scope, on_date, text, created_by) VALUES (@Scope, @Date, @Text, @CreatedBy)
    RETURNING id, scope
)
SELECT id, cm_notify_annotations(scope) FROM added;
