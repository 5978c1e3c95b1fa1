-- What each uncovered route check asked about, as catalogue codes (kinds of people and of data — never anything about
-- the people concerned), so that an IG lead can start a draft agreement for the route with its flow pre-filled from
-- what practitioners actually asked. Rows noted before this migration have none (null).
ALTER TABLE route_gap ADD COLUMN data_subjects VARCHAR(1000);
ALTER TABLE route_gap ADD COLUMN data_categories VARCHAR(1000);

-- A route's gaps, read when a draft is started for it, are found through route_gap_route_idx (V32).
