package org.dyad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as the extract stage read it: clean text with its paragraphs and metadata.
 *
 * @param id stable identifier derived from the clean text, so the same article has the same id
 * @param file the path or URL it was read from
 * @param url the canonical URL when known, else null
 * @param title the headline without the site suffix, or null
 * @param text the main text, paragraphs separated by a blank line
 * @param author the author when known, else null
 * @param site the site name when known, else null
 * @param language ISO 639-1 code, or null when unknown
 * @param date the publication date, or null
 * @param datePrecision how precisely {@code date} is known
 * @param dateSource where {@code date} was found
 * @param fetchDate when the page was fetched or scraped, if known
 * @param paragraphs the blocks of {@code text}, in order
 * @param warnings non-fatal problems met while reading
 */
public record Article(
    String id,
    String file,
    String url,
    String title,
    String text,
    String author,
    String site,
    String language,
    LocalDate date,
    DatePrecision datePrecision,
    DateSource dateSource,
    LocalDate fetchDate,
    List<Paragraph> paragraphs,
    List<String> warnings) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of " + file);
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(dateSource, "dateSource");
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
    for (Paragraph p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(
            "paragraph " + p + " runs past the text of " + file + " (" + text.length() + ")");
      }
    }
  }

  /** The same article with another publication date, as given by the caller. */
  public Article withDate(LocalDate newDate, DatePrecision precision, DateSource source) {
    return new Article(
        id, file, url, title, text, author, site, language, newDate, precision, source, fetchDate,
        paragraphs, warnings);
  }
}
