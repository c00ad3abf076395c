-- Each day's tally of asserted events per pair of sides (undated events under a NULL day), from
-- which a pair's relations, the busiest pairs, shifts and networks are read:
-- a few thousand rows for a pair instead of a scan of every event. level 'country' pairs the
-- events' countries, 'actor' their actor codes; 'all' (source and target '*') counts every asserted
-- event of the day, the volume relations are normalised by. Storing a batch appends one row per
-- pair and day it touches; compaction folds the rows into one per pair and day, in pair order, and
-- pair_days_state says how many rows have been appended since (see PairDays).
CREATE TABLE pair_days (
  level     VARCHAR NOT NULL,
  source    VARCHAR NOT NULL,
  target    VARCHAR NOT NULL,
  day       DATE,
  events    BIGINT NOT NULL,
  q1        BIGINT NOT NULL,
  q2        BIGINT NOT NULL,
  q3        BIGINT NOT NULL,
  q4        BIGINT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL
);

CREATE TABLE pair_days_state (
  compacted BIGINT NOT NULL,
  appended  BIGINT NOT NULL
);

INSERT INTO pair_days
SELECT 'country', source_country, target_country, date, count(*), count(*) FILTER (WHERE quad_class = 1),
  count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
  sum(goldstein)
FROM events WHERE status = 'asserted' AND source_country IS NOT NULL AND target_country IS NOT NULL
GROUP BY source_country, target_country, date;

INSERT INTO pair_days
SELECT 'actor', source_code, target_code, date, count(*), count(*) FILTER (WHERE quad_class = 1),
  count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
  sum(goldstein)
FROM events WHERE status = 'asserted' AND source_code IS NOT NULL AND target_code IS NOT NULL
GROUP BY source_code, target_code, date;

INSERT INTO pair_days
SELECT 'all', '*', '*', date, count(*), count(*) FILTER (WHERE quad_class = 1),
  count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
  sum(goldstein)
FROM events WHERE status = 'asserted'
GROUP BY date;

INSERT INTO pair_days_state SELECT count(*), 0 FROM pair_days;
