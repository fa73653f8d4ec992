-- Each region's name in a map image's language (cm_name: that language's, else the first offered language's).
SELECT id AS "Id", cm_name(names, @language, name) AS "Name" FROM regions;
