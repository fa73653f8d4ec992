-- Each category's time-standard tiers in order: tier 1 is the shortest (within_standard_1 of the catalogue).
SELECT k.code AS "Category", s.within_days AS "WithinDays", s.target_share AS "TargetShare",
       row_number() OVER (PARTITION BY s.category_id ORDER BY s.within_days)::int AS "Tier"
FROM time_standards s JOIN case_categories k ON k.id = s.category_id
ORDER BY k.code, s.within_days;
