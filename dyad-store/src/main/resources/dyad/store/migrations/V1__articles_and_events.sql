-- Articles as extracted, and the events coded from them with their evidence.
-- DOUBLE PRECISION is DuckDB's DOUBLE under the name PostgreSQL also reads: one schema for both.
CREATE TABLE articles (
  id             VARCHAR PRIMARY KEY,
  file           VARCHAR,
  url            VARCHAR,
  title          VARCHAR,
  author         VARCHAR,
  site           VARCHAR,
  language       VARCHAR,
  date           DATE,
  date_precision VARCHAR NOT NULL,
  date_source    VARCHAR NOT NULL,
  text           VARCHAR NOT NULL,
  ingested_at    TIMESTAMP NOT NULL
);

CREATE TABLE events (
  id               VARCHAR PRIMARY KEY,
  article_id       VARCHAR NOT NULL REFERENCES articles (id),
  sentence_index   INTEGER NOT NULL,
  sentence         VARCHAR NOT NULL,
  date             DATE,
  date_precision   VARCHAR NOT NULL,
  status           VARCHAR NOT NULL,
  source_text      VARCHAR,
  source_code      VARCHAR,
  source_country   VARCHAR,
  source_sector    VARCHAR,
  source_name      VARCHAR,
  source_wikipedia VARCHAR,
  target_text      VARCHAR,
  target_code      VARCHAR,
  target_country   VARCHAR,
  target_sector    VARCHAR,
  target_name      VARCHAR,
  target_wikipedia VARCHAR,
  cameo            VARCHAR NOT NULL,
  cameo_root       VARCHAR NOT NULL,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE PRECISION NOT NULL,
  plover_type      VARCHAR,
  plover_mode      VARCHAR,
  location_name    VARCHAR,
  location_country VARCHAR,
  lat              DOUBLE PRECISION,
  lon              DOUBLE PRECISION,
  geoname_id       BIGINT,
  confidence       DOUBLE PRECISION NOT NULL,
  sentence_begin   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL,
  source_begin     INTEGER,
  source_end       INTEGER,
  target_begin     INTEGER,
  target_end       INTEGER,
  trigger_begin    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  pattern_id       VARCHAR NOT NULL
);

CREATE INDEX events_pair ON events (source_country, target_country, date);
CREATE INDEX events_article ON events (article_id);
