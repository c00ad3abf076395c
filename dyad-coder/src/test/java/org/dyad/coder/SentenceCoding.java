package org.dyad.coder;

import java.time.LocalDate;
import java.util.List;
import org.dyad.extract.text.SingleParagraph;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnnotator;

/** The real annotator and coder on one piece of text, for tests; the models load once per test JVM. */
final class SentenceCoding {
  private static CoreNlpAnnotator annotator;
  private static EventCoder coder;

  private SentenceCoding() {}

  /** The events of {@code text} as an article of one paragraph dated {@code date}. */
  static synchronized List<Event> code(String text, LocalDate date) {
    if (coder == null) {
      annotator = new CoreNlpAnnotator();
      coder = EventCoder.standard();
    }
    return coder.code(annotator.annotate(SingleParagraph.of("test", text, date)));
  }
}
