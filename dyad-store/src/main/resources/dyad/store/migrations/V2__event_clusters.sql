-- Reports of one real-world event across articles: the same source and target, the same CAMEO root
-- and status, dates within a few days of each other. Each event points to its cluster; a cluster's
-- counts are recomputed whenever an article adds a report to it.
CREATE TABLE event_clusters (
  id           VARCHAR PRIMARY KEY,
  source_code  VARCHAR,
  target_code  VARCHAR,
  cameo_root   VARCHAR NOT NULL,
  status       VARCHAR NOT NULL,
  first_date   DATE NOT NULL,
  last_date    DATE NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL
);

CREATE INDEX clusters_pair ON event_clusters (source_code, target_code, cameo_root);

ALTER TABLE events ADD COLUMN cluster_id VARCHAR;
