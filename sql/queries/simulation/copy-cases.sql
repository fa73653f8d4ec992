COPY cases (id, source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel, extraterritorial, ai_assisted,
           judgment_published_on)
FROM STDIN (FORMAT BINARY)
