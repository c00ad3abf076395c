package org.dyad.store.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.Query;

/**
 * How an article becomes a Lucene document, and how a query typed by a person becomes a Lucene
 * query over the same fields: {@code title} and {@code text} (English stemming), {@code site} and
 * {@code url} (words), {@code date} (as {@code 2021-04-07}, so ranges such as
 * {@code date:[2021-04-01 TO 2021-04-30]} work), the stored {@code id}, and when the article was
 * stored ({@code ingestedAt}, for the index's own bookkeeping).
 */
final class ArticleDocuments {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SITE = "site";
  static final String URL = "url";
  static final String DATE = "date";
  static final String INGESTED_AT = "ingestedAt";

  /** The longest query accepted, in characters. */
  static final int MAX_QUERY = 1000;

  private static final String[] DEFAULT_FIELDS = {TITLE, TEXT, SITE};
  private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f);

  private ArticleDocuments() {}

  /** The analyzer of every field; a new one each time, as an index writer closes its own. */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SITE, new StandardAnalyzer(), URL, new StandardAnalyzer(),
        DATE, new KeywordAnalyzer(), ID, new KeywordAnalyzer()));
  }

  /** The id term an article's document is found and replaced by. */
  static Term id(String articleId) {
    return new Term(ID, articleId);
  }

  static Document document(SearchableArticle a) {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.title() != null) {
      d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    }
    d.add(new TextField(TEXT, a.text(), Field.Store.NO));
    if (a.site() != null) {
      d.add(new TextField(SITE, a.site(), Field.Store.NO));
    }
    if (a.url() != null) {
      d.add(new TextField(URL, a.url(), Field.Store.NO));
    }
    if (a.date() != null) {
      d.add(new StringField(DATE, a.date().toString(), Field.Store.NO));
    }
    d.add(new LongPoint(INGESTED_AT, micros(a.ingestedAt())));
    return d;
  }

  /** The documents of the articles stored from {@code from} to {@code to}, both inclusive. */
  static Query storedBetween(LocalDateTime from, LocalDateTime to) {
    return LongPoint.newRangeQuery(INGESTED_AT, micros(from), micros(to));
  }

  /** A store's wall-clock stamp as a number, in microseconds as the stores keep it. */
  private static long micros(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + t.getNano() / 1000;
  }

  /**
   * Parses Lucene's classic syntax ({@code "exact phrase"}, {@code AND}, {@code OR}, {@code -word},
   * {@code title:word}, {@code lavr*}); words without an operator must all match.
   */
  static Query parse(String query, Analyzer analyzer) throws QuerySyntaxException {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException("the query is empty", null);
    }
    if (query.length() > MAX_QUERY) {
      throw new QuerySyntaxException("the query is longer than " + MAX_QUERY + " characters", null);
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setLocale(Locale.ROOT);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QuerySyntaxException("the query cannot be read: " + reason(e), e);
    } catch (IllegalArgumentException e) {
      // the parser refuses some well-formed but unusable queries this way, such as a lone '*'
      throw new QuerySyntaxException("the query cannot be run: " + e.getMessage(), e);
    }
  }

  /** Where and why parsing stopped, without the parser's list of expected tokens. */
  private static String reason(ParseException e) {
    ParseException inner = e.getCause() instanceof ParseException p ? p : e;
    Token at = inner.currentToken == null ? null : inner.currentToken.next;
    if (at != null) {
      return at.kind == 0 ? "it ends too early (an operator or bracket is missing its other side)"
          : "unexpected '" + at.image + "' at column " + at.beginColumn;
    }
    String m = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    if (m != null && m.contains("Lexical error")) {
      return "an unclosed quote or a stray backslash";
    }
    return "check its quotes, brackets and operators";
  }
}
