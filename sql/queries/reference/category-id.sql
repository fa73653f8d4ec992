-- A category by code, or by id written as a number; NULL when there is none.
SELECT id FROM case_categories WHERE code = @Category OR id::text = @Category LIMIT 1;
