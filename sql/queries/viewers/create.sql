-- A new viewer account limited to @RegionIds and @CourtIds; nothing if the user name is taken (by any account).
INSERT INTO administrators (user_name, password_hash, role, region_ids, court_ids, created_by)
VALUES (@UserName, @PasswordHash, 'viewer', @RegionIds::smallint[], @CourtIds::integer[], @CreatedBy)
ON CONFLICT ((lower(user_name))) DO NOTHING
RETURNING id;
