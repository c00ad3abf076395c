-- PostgreSQL finds a pair's rows through an index; DuckDB reads pair_days in pair order instead,
-- skipping the row groups of other pairs, and is spared the index's upkeep.
CREATE INDEX pair_days_pair ON pair_days (level, source, target, day);
