package org.dyad.extract;

import org.dyad.model.Article;
import org.dyad.model.RawDocument;

/** Reads one raw document into an article: main text, metadata and publication date. */
public interface Extractor {
  /**
   * Extracts the article of {@code document}.
   *
   * @throws BadDocumentException when the document cannot be read as an article; the message
   *     names the document and the reason
   */
  Article extract(RawDocument document) throws BadDocumentException;
}
