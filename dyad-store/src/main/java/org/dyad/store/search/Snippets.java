package org.dyad.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dyad.model.Span;

/**
 * Cuts the passage of an article's text that holds most of a query's words, as plain text with
 * the places of the matched words, so that a page can mark them without trusting any markup.
 */
final class Snippets {
  /** About how long a snippet is, in characters. */
  static final int LENGTH = 240;

  private static final int BEFORE = 60;
  private static final int MAX_TEXT = 200_000;
  private static final int MAX_MATCHES = 1000;
  private static final String ELLIPSIS = "…";

  /** A snippet and where its matched words are. */
  record Snippet(String text, List<Span> highlights) {}

  private record Match(int begin, int end, String term) {}

  private final Analyzer analyzer;
  private final Set<BytesRef> terms = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  /** Snippets for the words of {@code query}, found in text read by {@code analyzer}. */
  Snippets(Query query, Analyzer analyzer) {
    this.analyzer = analyzer;
    query.visit(new Collector());
  }

  /** The best passage of {@code text}, or its beginning when no query word is in it. */
  Snippet of(String text) {
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    List<Match> matches = matches(t);
    if (matches.isEmpty()) {
      return cut(t, 0, List.of());
    }
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < matches.size(); i++) {
      Set<String> seen = new HashSet<>();
      for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).begin() + LENGTH - BEFORE; j++) {
        seen.add(matches.get(j).term());
      }
      if (seen.size() > bestCount) {
        best = i;
        bestCount = seen.size();
      }
    }
    return cut(t, Math.max(0, matches.get(best).begin() - BEFORE), matches);
  }

  private List<Match> matches(String text) {
    List<Match> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ArticleDocuments.TEXT, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_MATCHES) {
        BytesRef b = term.getBytesRef();
        if (terms.contains(b) || patterns.stream().anyMatch(p -> p.run(b.bytes, b.offset, b.length))) {
          out.add(new Match(offset.startOffset(), offset.endOffset(), b.utf8ToString()));
        }
      }
      ts.end();
    } catch (IOException e) {
      // the text is in memory: reading it cannot fail
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The text from about {@code from}, on word boundaries, whitespace runs made one space, with the
   * matches that fall inside it.
   */
  private static Snippet cut(String text, int from, List<Match> matches) {
    int begin = from;
    if (begin > 0) {
      int space = firstSpace(text, begin);
      int firstMatch = matches.stream().mapToInt(Match::begin).filter(b -> b >= from).min().orElse(text.length());
      begin = space >= 0 && space < firstMatch ? space + 1 : begin;
    }
    int end = Math.min(text.length(), begin + LENGTH);
    if (end < text.length()) {
      int space = lastSpace(text, end);
      end = space > begin ? space : end;
    }
    StringBuilder out = new StringBuilder();
    int[] at = new int[end - begin + 1];
    if (begin > 0) {
      out.append(ELLIPSIS);
    }
    for (int i = begin; i < end; i++) {
      at[i - begin] = out.length();
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
      if (!blank) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    at[end - begin] = out.length();
    List<Span> highlights = new ArrayList<>();
    for (Match m : matches) {
      if (m.begin() >= begin && m.end() <= end) {
        highlights.add(new Span(at[m.begin() - begin], at[m.end() - begin]));
      }
    }
    if (end < text.length()) {
      out.append(ELLIPSIS);
    }
    return new Snippet(out.toString(), highlights);
  }

  private static int firstSpace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastSpace(String text, int before) {
    for (int i = before; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Gathers the query's words in the title and text fields, leaving out those it excludes. */
  private final class Collector extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      // title and text are read alike, so a word matched in the title is marked in the text too
      return ArticleDocuments.TEXT.equals(field) || ArticleDocuments.TITLE.equals(field);
    }

    @Override
    public void consumeTerms(Query query, Term... found) {
      for (Term t : found) {
        terms.add(BytesRef.deepCopyOf(t.bytes()));
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      ByteRunAutomaton a = automaton.get();
      if (a != null) {
        patterns.add(a);
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }
}
