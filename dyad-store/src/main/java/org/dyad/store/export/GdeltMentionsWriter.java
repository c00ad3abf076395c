package org.dyad.store.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.store.SourcedEvent;

/**
 * GDELT 2.0 mentions records: the 16 tab-separated columns of GDELT's mentions table, without a
 * header, one row per report of an event: the article it is in (URL, else the file it was read
 * from) and where in that article its sentence, actors and action are. {@code GLOBALEVENTID} is
 * the event's id in the events export, so the two tables join as GDELT's do.
 */
final class GdeltMentionsWriter implements EventWriter {
  /** The column names, in GDELT's order. */
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
      "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
      "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

  /** GDELT's MentionType for a document on the open web, identified by its URL. */
  static final String WEB = "1";
  /** GDELT's MentionType for a document known only by a citation (here: the file it was read from). */
  static final String CITATION_ONLY = "2";

  private static final Pattern WEB_URL = Pattern.compile("^https?://([^/?#]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public void header(Appendable out) {
    // GDELT's mentions files have no header row.
  }

  @Override
  public void write(Appendable out, SourcedEvent s) throws IOException {
    Event e = s.event();
    String added = GdeltWriter.ADDED.format(s.ingestedAt());
    String where = s.articleUrl() == null ? "" : s.articleUrl();
    Matcher web = WEB_URL.matcher(where);
    boolean onWeb = web.find();
    String[] row = {
      Long.toString(GdeltWriter.globalEventId(e.id())),
      // When the event was first recorded and when this report of it was: both when Dyad stored the
      // article, as an event and its report are stored together.
      added,
      added,
      onWeb ? WEB : CITATION_ONLY,
      // GDELT names a web source by its domain; otherwise the site's name, else the citation itself.
      onWeb ? web.group(1).toLowerCase(Locale.ROOT) : s.articleSite() != null ? s.articleSite() : where,
      where,
      Integer.toString(e.sentenceIndex() + 1),
      offset(e.evidence().source()),
      offset(e.evidence().target()),
      offset(e.evidence().trigger()),
      // Dyad codes the article's own text: nothing is translated or rewritten first.
      "1",
      Long.toString(Math.round(e.confidence() * 100)),
      Integer.toString(s.articleLength()),
      // MentionDocTone: Dyad does not score tone.
      "",
      // MentionDocTranslationInfo: empty for a document read in its own language.
      "",
      ""
    };
    if (row.length != COLUMNS.size()) {
      throw new IllegalStateException("a GDELT mentions row has " + row.length + " columns, not " + COLUMNS.size());
    }
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(GdeltWriter.clean(row[i]));
    }
    out.append('\n');
  }

  /** A character offset in the article, or -1 (GDELT's value) when the part was not found in the text. */
  private static String offset(Span s) {
    return s == null ? "-1" : Integer.toString(s.begin());
  }
}
