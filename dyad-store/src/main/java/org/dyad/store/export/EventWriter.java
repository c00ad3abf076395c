package org.dyad.store.export;

import java.io.IOException;
import org.dyad.store.SourcedEvent;

/** Writes events in one export format: a header when the format has one, then one record per event. */
public interface EventWriter {
  /** Writes the format's header, if any. */
  void header(Appendable out) throws IOException;

  /** Writes one event as one record. */
  void write(Appendable out, SourcedEvent event) throws IOException;
}
