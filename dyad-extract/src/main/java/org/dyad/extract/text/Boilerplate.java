package org.dyad.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises page chrome by the shape of a line: related-article links, share prompts, author
 * footers and disclaimers. Used for plain-text scrapes and for the blocks of HTML pages alike.
 */
public final class Boilerplate {
  private static final Pattern RELATED =
      Pattern.compile(
          "^(read more|read also|also read|see also|related|related articles?|related stories|recommended"
              + "|more from|more on this|you may also like|you might also like|don't miss|must read"
              + "|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant"
              + "|leer más|lee también|leia também|czytaj też|czytaj także|читайте также)\\s*[:|>»-]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROMPT =
      Pattern.compile(
          "^(share (this|on)|follow us|subscribe|sign up|click here|advertisement|sponsored|"
              + "we use cookies|this site uses cookies|accept cookies|skip to (main )?content|"
              + "all rights reserved|copyright|©|"
              // newsletter, membership and donation prompts, whatever their length
              + "never miss|we rely on your support|to view the full story|if you enjoyed (reading )?this|"
              + "we want to hear what you think|submit your letter|abonnieren sie|verpasse keine|verpassen sie keine|"
              + "zapraszamy (też )?do subskrypcji|materiał chroniony prawem)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FOOTER =
      Pattern.compile(
          "^(the (writer|author|columnist|contributor)s? (is|are|was)\\b|about the author|disclaimer\\b"
              + "|the views expressed|views expressed in this|the opinions expressed"
              + "|(he|she|they) can be reached at|(he|she) tweets )",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTACT =
      Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\bon twitter\\b|@\\w+ on (x|twitter)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SITE_GREETING =
      Pattern.compile("^\\W*welcome to\\s+(.+?)\\W*$", Pattern.CASE_INSENSITIVE);

  private static final List<String> CHROME_LINES = org.dyad.extract.html.WordList.lines("/dyad/extract/boilerplate-lines.txt");
  private static final int CHROME_LINE_CHARS = 80;
  /** "5 min read", "11 minut czytania": a reading time alone. */
  private static final Pattern READING_TIME =
      Pattern.compile("^\\d+\\s*(min\\.?|mins|minutes?|minuten|minut|minuty|minuti|minutos)\\s+"
          + "(read|lesezeit|lesedauer|czytania|de lecture|di lettura|de lectura)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_ONLY =
      Pattern.compile("^[\\p{L}.,:]{0,14}\\s*[\\d./: -]{4,}\\s*(uhr|h|am|pm)?$|^\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}[\\d:,. ]*$"
          + "|^\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}[\\d:,. apm]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Boilerplate() {}

  /**
   * A short line that heads or stands for page chrome: "More on this", "Leave a comment", "Photo:
   * X" (the phrases of {@code dyad/extract/boilerplate-lines.txt}), or a date, time or reading time alone.
   */
  public static boolean isChromeLine(String line) {
    String s = line.strip();
    if (s.length() > CHROME_LINE_CHARS) {
      return false;
    }
    if (DATE_ONLY.matcher(s).find() || READING_TIME.matcher(s).find()) {
      return true;
    }
    String l = s.toLowerCase(Locale.ROOT);
    for (String phrase : CHROME_LINES) {
      if (l.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** A "Read more:" style link to another article. */
  public static boolean isRelatedLink(String line) {
    return RELATED.matcher(line.strip()).find();
  }

  /** A share, subscribe, cookie or copyright prompt. */
  public static boolean isPrompt(String line) {
    return PROMPT.matcher(line.strip()).find();
  }

  /** An author bio, contact line or disclaimer that closes an article. */
  public static boolean isFooter(String line) {
    String s = line.strip();
    return FOOTER.matcher(s).find() || (s.length() < 400 && CONTACT.matcher(s).find() && mentionsAuthor(s));
  }

  private static boolean mentionsAuthor(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return List.of("writer", "author", "journalist", "columnist", "reached", "follow", "tweets")
        .stream()
        .anyMatch(l::contains);
  }

  /** The site name in a "Welcome to X" header line, or null. */
  public static String siteGreeting(String line) {
    var m = SITE_GREETING.matcher(line.strip());
    return m.matches() ? m.group(1).strip() : null;
  }
}
