INSERT INTO time_standards (category_id, within_days, target_share) VALUES (@CategoryId, @WithinDays, @TargetShare)
