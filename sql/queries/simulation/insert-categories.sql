INSERT INTO case_categories (id, code, name) VALUES (@Id, @Code, @Name)
