package org.dyad.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dyad.store.StoreException;

/**
 * The full-text index of a store's articles, a Lucene index in a directory of its own: for a
 * DuckDB file {@code X}, the directory {@code X.search} ({@link #beside}). The store is the truth
 * and the index is derived from it: before each search the index catches up with the articles
 * stored since its last commit, whose newest {@code ingested_at} the commit records, so a crash
 * between the store and the index loses nothing. Documents are replaced by article id, so indexing
 * an article twice changes nothing. The commit also records when the store's first article was
 * stored, so an index whose store was replaced (another first article, or fewer articles than the
 * index holds) is rebuilt.
 *
 * <p>Safe for use by many threads; the index is written only while catching up, by one thread at
 * a time in this process.
 */
public final class SearchIndex implements Closeable {
  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 100;

  /** How deep pages may go: offset plus limit at most this. */
  public static final int MAX_DEPTH = 10_000;

  static final String INGESTED_AT = "dyad.ingestedAt";
  static final String FORMAT = "dyad.indexFormat";
  static final String FIRST_INGESTED_AT = "dyad.firstIngestedAt";
  private static final String FORMAT_VERSION = "2";

  /**
   * Articles stored this long before the newest one indexed are looked up again by id and indexed
   * if missing: a transaction that stamped an article earlier may commit after a later one.
   */
  private static final Duration OVERLAP = Duration.ofMinutes(1);

  private static final int COMMIT_EVERY = 5000;

  /** How many missing articles of the overlap are read at a time. */
  private static final int BATCH = 500;

  /** One catch-up at a time per index directory in this process, whichever instance runs it. */
  private static final Map<Path, Object> WRITING = new ConcurrentHashMap<>();

  private final Path dir;
  private final FSDirectory directory;
  private final Object writing;
  private final Analyzer analyzer = ArticleDocuments.analyzer();
  private DirectoryReader reader;

  private SearchIndex(Path dir, FSDirectory directory) {
    this.dir = dir;
    this.directory = directory;
    this.writing = WRITING.computeIfAbsent(dir, d -> new Object());
  }

  /** The index directory of the DuckDB file {@code storeFile}: {@code storeFile.search} beside it. */
  public static Path beside(Path storeFile) {
    Path abs = storeFile.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".search");
  }

  /** Opens the index in {@code dir}, creating the directory when needed; it is filled by the first search. */
  public static SearchIndex open(Path dir) throws StoreException {
    try {
      Files.createDirectories(dir);
      Path real = dir.toRealPath();
      return new SearchIndex(real, FSDirectory.open(real));
    } catch (IOException e) {
      throw new StoreException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Where the index is. */
  public Path directory() {
    return dir;
  }

  /**
   * Indexes the articles {@code source} stored since the last commit.
   *
   * @return how many articles were indexed
   */
  public int catchUp(ArticleSource source) throws StoreException {
    synchronized (writing) {
      try {
        refresh();
        Map<String, String> data = reader == null ? Map.of() : reader.getIndexCommit().getUserData();
        ArticleSource.Summary store = source.summary();
        String first = store.firstIngestedAt() == null ? "" : store.firstIngestedAt().toString();
        boolean known = reader != null && FORMAT_VERSION.equals(data.get(FORMAT));
        LocalDateTime last = known ? watermark(data.get(INGESTED_AT)) : null;
        // an index of another format, or of another store (one that was replaced at the same path), starts again
        boolean rebuild = reader != null
            && (!known || !first.equals(data.getOrDefault(FIRST_INGESTED_AT, "")) || reader.numDocs() > store.articles());
        if (rebuild) {
          last = null;
        }
        Catch c = new Catch(last, rebuild, first);
        try {
          if (last != null && !overlapComplete(source, last.minus(OVERLAP), last)) {
            // only ids for the overlap: texts are read for the few articles the index lacks
            List<String> missing = new ArrayList<>();
            for (String id : source.storedBetween(last.minus(OVERLAP), last)) {
              if (!indexed(id)) {
                missing.add(id);
              }
            }
            for (int i = 0; i < missing.size(); i += BATCH) {
              for (SearchableArticle a : source.find(missing.subList(i, Math.min(missing.size(), i + BATCH))).values()) {
                c.accept(a);
              }
            }
          }
          source.since(last, c::accept);
          c.commit();
        } finally {
          c.close();
        }
        if (c.indexed > 0 || rebuild) {
          refresh();
        }
        return c.indexed;
      } catch (LockObtainFailedException e) {
        throw new StoreException("the search index at " + dir + " is being written by another process", e);
      } catch (IOException e) {
        throw new StoreException("cannot update the search index at " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Searches the articles after catching up with {@code source}, which also supplies each hit's
   * metadata and text, so a hit always shows the store's article.
   *
   * @param query Lucene's classic syntax; words without an operator must all match
   * @param limit 1 to {@link #MAX_LIMIT}
   * @param offset how many hits to skip; {@code offset + limit} at most {@link #MAX_DEPTH}
   */
  public SearchPage search(ArticleSource source, String query, int limit, int offset) throws StoreException, QuerySyntaxException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException("offset must be from 0 to " + (MAX_DEPTH - limit) + ": " + offset);
    }
    Query q = ArticleDocuments.parse(query, analyzer);
    catchUp(source);
    DirectoryReader r = acquire();
    if (r == null) {
      return new SearchPage(0, List.of());
    }
    try {
      IndexSearcher searcher = new IndexSearcher(r);
      long total;
      TopDocs top;
      try {
        total = searcher.count(q);
        top = searcher.search(q, offset + limit);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException("the query's wildcards or ranges match too many words; narrow them", e);
      }
      List<String> ids = new ArrayList<>();
      List<Float> scores = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = offset; i < docs.length; i++) {
        ids.add(searcher.storedFields().document(docs[i].doc).get(ArticleDocuments.ID));
        scores.add(docs[i].score);
      }
      Map<String, SearchableArticle> articles = source.find(ids);
      Map<String, Long> events = source.assertedEvents(ids);
      Snippets snippets = new Snippets(q, analyzer);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        SearchableArticle a = articles.get(ids.get(i));
        if (a == null) {
          continue;
        }
        Snippets.Snippet s = snippets.of(a.text());
        hits.add(new SearchHit(a.id(), a.title(), a.url(), a.site(), a.date(), s.text(), s.highlights(), scores.get(i),
            events.getOrDefault(a.id(), 0L)));
      }
      return new SearchPage(Math.max(total, hits.size()), hits);
    } catch (IOException e) {
      throw new StoreException("cannot search the index at " + dir + ": " + e.getMessage(), e);
    } finally {
      release(r);
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (reader != null) {
        reader.decRef();
        reader = null;
      }
    }
    directory.close();
  }

  /** The newest reader with a reference taken for the caller, or null when nothing is indexed yet. */
  private synchronized DirectoryReader acquire() {
    if (reader != null) {
      reader.incRef();
    }
    return reader;
  }

  private static void release(DirectoryReader r) throws StoreException {
    if (r == null) {
      return;
    }
    try {
      r.decRef();
    } catch (IOException e) {
      throw new StoreException("cannot release a reader of the search index: " + e.getMessage(), e);
    }
  }

  /** Moves to the index's latest commit; readers in use stay open until released. */
  private synchronized void refresh() throws IOException {
    if (reader == null) {
      if (DirectoryReader.indexExists(directory)) {
        reader = DirectoryReader.open(directory);
      }
      return;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer != null) {
      reader.decRef();
      reader = newer;
    }
  }

  /** Whether the index holds as many articles stored from {@code from} to {@code to} as the store: then it lacks none. */
  private synchronized boolean overlapComplete(ArticleSource source, LocalDateTime from, LocalDateTime to)
      throws IOException, StoreException {
    return reader != null && new IndexSearcher(reader).count(ArticleDocuments.storedBetween(from, to)) == source.countBetween(from, to);
  }

  private synchronized boolean indexed(String articleId) throws IOException {
    return reader != null && reader.docFreq(ArticleDocuments.id(articleId)) > 0;
  }

  private static LocalDateTime watermark(String s) {
    try {
      return s == null ? null : LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      // an index whose commit data is unreadable is rebuilt, as one without any
      return null;
    }
  }

  /** One catch-up: the writer opens only when there is something to write. */
  private final class Catch implements Closeable {
    private final String first;
    private LocalDateTime newest;
    private boolean rebuild;
    private IndexWriter writer;
    private int indexed;
    private int pending;

    Catch(LocalDateTime last, boolean rebuild, String first) {
      this.newest = last;
      this.rebuild = rebuild;
      this.first = first;
    }

    void accept(SearchableArticle a) throws IOException {
      writer().updateDocument(ArticleDocuments.id(a.id()), ArticleDocuments.document(a));
      if (newest == null || a.ingestedAt().isAfter(newest)) {
        newest = a.ingestedAt();
      }
      indexed++;
      if (++pending >= COMMIT_EVERY) {
        commit();
      }
    }

    private IndexWriter writer() throws IOException {
      if (writer == null) {
        writer = new IndexWriter(directory, new IndexWriterConfig(ArticleDocuments.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      }
      if (rebuild) {
        writer.deleteAll();
        rebuild = false;
      }
      return writer;
    }

    /** Commits what was written, with the newest article's time; the articles come oldest first. */
    void commit() throws IOException {
      if (rebuild) {
        writer();
      }
      if (writer == null) {
        return;
      }
      Map<String, String> data = newest == null ? Map.of(FORMAT, FORMAT_VERSION, FIRST_INGESTED_AT, first)
          : Map.of(FORMAT, FORMAT_VERSION, FIRST_INGESTED_AT, first, INGESTED_AT, newest.toString());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      pending = 0;
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }
}
