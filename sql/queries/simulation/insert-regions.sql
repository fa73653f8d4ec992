INSERT INTO regions (id, code, name, population) VALUES (@Id, @Code, @Name, @Population)
