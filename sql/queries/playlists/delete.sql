DELETE FROM playlists WHERE id = @Id RETURNING id;
