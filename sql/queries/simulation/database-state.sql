-- Is there a court system yet, and did the demo seed it?
SELECT EXISTS (SELECT 1 FROM courts) AS "HasCourts",
       EXISTS (SELECT 1 FROM simulation_state) AS "SeededByDemo",
       EXISTS (SELECT 1 FROM simulation_state WHERE rebuilt_at IS NOT NULL) AS "Rebuilt"
