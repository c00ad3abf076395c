-- The sources that reported each event cluster, so that a new article's reports update the
-- cluster's counts without counting its events again. A source is the site, else the URL's host,
-- else the file the article came from. Clusters stored before this table are filled in here.
CREATE TABLE cluster_sources (
  cluster_id VARCHAR NOT NULL,
  source     VARCHAR NOT NULL,
  PRIMARY KEY (cluster_id, source)
);

INSERT INTO cluster_sources
SELECT DISTINCT e.cluster_id, coalesce(a.site, regexp_replace(a.url, '^[a-z]+://([^/]+).*$', '\1'), a.file)
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.cluster_id IS NOT NULL AND coalesce(a.site, a.url, a.file) IS NOT NULL;
