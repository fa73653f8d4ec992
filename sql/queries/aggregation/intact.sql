-- Whether the aggregate tables survived: a crash empties aggregates_intact with them (migration 0016).
SELECT EXISTS (SELECT 1 FROM aggregates_intact);
