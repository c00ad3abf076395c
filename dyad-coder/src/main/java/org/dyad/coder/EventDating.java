package org.dyad.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.graph.SentenceGraph;
import org.dyad.extract.time.Dateline;
import org.dyad.extract.time.ResolvedTime;
import org.dyad.extract.time.TimeExpressions;
import org.dyad.extract.time.TimeMention;
import org.dyad.model.DatePrecision;

/**
 * Dates an event from the time expressions of its own clause, resolved against the article's
 * date; an era or a date two or more years before the article marks it historical.
 */
final class EventDating {
  /** Years before the article's date from which an event is background history. */
  static final int HISTORY_YEARS = 2;

  private static final Set<String> SUBCLAUSES = Set.of("advcl", "ccomp", "acl:relcl", "acl", "parataxis", "csubj");

  /** A date for an event; {@code explicit} when its own clause gave it. */
  record Dated(LocalDate date, DatePrecision precision, boolean explicit, boolean historical) {}

  private final TimeExpressions times = TimeExpressions.standard();

  /**
   * Words one of which every time expression holds when it has no digit: month and weekday names,
   * relative days and units, and the first word of each named era.
   */
  private static final Set<String> TIME_WORDS = timeWords();

  /** The time expressions of the sentence, found once per sentence. */
  List<TimeMention> mentions(SentenceGraph g) {
    String text = g.sentence().text();
    if (!mayHoldTime(text)) {
      return List.of();
    }
    // a dateline's date ("WASHINGTON, March 3, 2021 - ...") is when the story was filed, which the
    // article's date already says, not when the sentence's events happened
    List<TimeMention> found = new ArrayList<>(times.find(text));
    found.removeIf(m -> Dateline.opens(text, m));
    return found;
  }

  /** False when {@code text} has no digit and none of {@link #TIME_WORDS}: the recogniser would find nothing. */
  static boolean mayHoldTime(String text) {
    int n = text.length();
    int start = -1;
    for (int k = 0; k <= n; k++) {
      char c = k < n ? text.charAt(k) : ' ';
      if (Character.isDigit(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        if (start < 0) {
          start = k;
        }
      } else if (start >= 0) {
        if (k - start <= 10 && TIME_WORDS.contains(text.substring(start, k).toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private static Set<String> timeWords() {
    Set<String> words = new java.util.HashSet<>(List.of(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tomorrow", "tonight", "ago", "week", "month", "year", "weeks", "months", "years"));
    for (org.dyad.model.io.TsvReader.Row r : org.dyad.model.io.TsvReader.readResource("dyad/extract/eras.tsv")) {
      String phrase = r.get("phrase").toLowerCase(java.util.Locale.ROOT);
      int end = 0;
      while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
        end++;
      }
      words.add(phrase.substring(0, end));
    }
    return Set.copyOf(words);
  }

  /**
   * The date the clause of token {@code i} gives, or null.
   *
   * @param future whether the clause speaks of the future
   */
  Dated clauseDate(SentenceGraph g, int i, List<TimeMention> mentions, LocalDate reference, boolean future) {
    if (mentions.isEmpty()) {
      return null;
    }
    // The clause's own time first, then that of the clauses it hangs from ("last month it hosted")
    int head = Factuality.clauseHead(g, i);
    for (int depth = 0; head >= 0 && depth < 4; depth++) {
      Dated d = dateIn(g, clauseTokens(g, head), mentions, reference, future);
      if (d != null) {
        return d;
      }
      int up = g.head(head);
      head = up < 0 ? -1 : Factuality.clauseHead(g, up);
    }
    return null;
  }

  private static Dated dateIn(SentenceGraph g, Set<Integer> clause, List<TimeMention> mentions, LocalDate reference, boolean future) {
    int base = g.sentence().begin();
    for (TimeMention m : mentions) {
      if (!inClause(g, clause, base + m.begin(), base + m.end())) {
        continue;
      }
      boolean era = m.kind() == TimeMention.Kind.ERA;
      if (reference == null) {
        if (m.hasYear()) {
          return new Dated(LocalDate.of(m.year(), m.month() == null ? 1 : m.month(), m.day() == null ? 1 : m.day()),
              m.day() != null ? DatePrecision.DAY : m.month() != null ? DatePrecision.MONTH : DatePrecision.YEAR, true, false);
        }
        continue;
      }
      ResolvedTime r = TimeExpressions.resolve(m, reference, future);
      if (r == null) {
        continue;
      }
      int endYear = m.eraEnd() != null ? m.eraEnd() : r.date().getYear();
      // an era, a year, or years counted back ("ten years ago") far enough before the article
      boolean yearly = era || m.hasYear() || m.kind() == TimeMention.Kind.RELATIVE_YEAR;
      boolean historical = yearly && endYear <= reference.getYear() - HISTORY_YEARS;
      if (era) {
        // "during the cold war" places an event in decades, not on a date
        return new Dated(null, DatePrecision.UNKNOWN, true, historical);
      }
      return new Dated(r.date(), r.precision(), true, historical);
    }
    return null;
  }

  private static boolean inClause(SentenceGraph g, Set<Integer> clause, int begin, int end) {
    for (int t : clause) {
      var tok = g.token(t);
      if (tok.begin() < end && begin < tok.end()) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the clause headed by {@code head}, without its subordinate clauses. */
  static Set<Integer> clauseTokens(SentenceGraph g, int head) {
    Set<Integer> out = new HashSet<>();
    List<Integer> stack = new ArrayList<>();
    stack.add(head);
    while (!stack.isEmpty()) {
      int n = stack.remove(stack.size() - 1);
      out.add(n);
      for (int c : g.children(n)) {
        boolean verbalConj = g.relation(c).equals("conj") && g.token(c).isVerb();
        if (!SUBCLAUSES.contains(g.relation(c)) && !verbalConj) {
          stack.add(c);
        }
      }
    }
    return out;
  }
}
