-- Syndicated and lightly edited copies of an article are stored once: each article keeps a SimHash
-- of its text (and the hash's four 16-bit bands, so a candidate is found by index, not by a scan),
-- and every place it was read from.
ALTER TABLE articles ADD COLUMN simhash BIGINT;
ALTER TABLE articles ADD COLUMN band0 INTEGER;
ALTER TABLE articles ADD COLUMN band1 INTEGER;
ALTER TABLE articles ADD COLUMN band2 INTEGER;
ALTER TABLE articles ADD COLUMN band3 INTEGER;

CREATE INDEX articles_band0 ON articles (band0);
CREATE INDEX articles_band1 ON articles (band1);
CREATE INDEX articles_band2 ON articles (band2);
CREATE INDEX articles_band3 ON articles (band3);

CREATE TABLE article_sources (
  article_id VARCHAR NOT NULL REFERENCES articles (id),
  location   VARCHAR NOT NULL,
  PRIMARY KEY (article_id, location)
);
