-- Decides today, for each pick (court, category, filing date aimed at), the pending case of that court and
-- category filed closest to the aimed date (ties: lowest id). Aiming at dates drawn from the court's duration
-- distribution keeps disposition times realistic; the choice is set-based and deterministic. A pick drawn for
-- publication publishes the judgment online the same day.
WITH picks AS (
    SELECT * FROM unnest(@CourtIds::int[], @CategoryIds::smallint[], @AimedFiledOn::date[], @Published::boolean[])
        AS p(court_id, category_id, aimed, published)
), chosen AS (
    SELECT c.id, bool_or(p.published) AS published
    FROM picks p
    CROSS JOIN LATERAL (
        SELECT k.id FROM cases k
        WHERE k.court_id = p.court_id AND k.category_id = p.category_id AND k.disposed_on IS NULL
          AND k.filed_on <= @Today::date
        ORDER BY abs(k.filed_on - p.aimed), k.id
        LIMIT 1) c
    GROUP BY c.id
)
UPDATE cases SET disposed_on = @Today::date, updated_at = now(),
                 judgment_published_on = CASE WHEN chosen.published THEN @Today::date END
FROM chosen
WHERE cases.id = chosen.id
