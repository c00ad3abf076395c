package org.dyad.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;

/**
 * The pipeline behind {@code POST /api/ingest}: extracts and codes one posted document. The
 * server calls it from one request thread at a time.
 */
@FunctionalInterface
public interface DocumentCoder {
  /** An article and the events coded from it. */
  record Coded(Article article, List<Event> events) {
    public Coded {
      Objects.requireNonNull(article, "article");
      events = List.copyOf(events);
    }
  }

  /**
   * Codes {@code document}.
   *
   * @param date the publication date the caller gave, or null to find it in the document
   * @throws RejectedDocumentException when the document cannot be read
   */
  Coded code(RawDocument document, LocalDate date) throws RejectedDocumentException;
}
