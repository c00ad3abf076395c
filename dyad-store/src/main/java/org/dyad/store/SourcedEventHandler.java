package org.dyad.store;

import java.io.IOException;

/** Receives the events of a scan one at a time, typically writing them out. */
@FunctionalInterface
public interface SourcedEventHandler {
  /** Takes one event; an I/O failure ends the scan. */
  void accept(SourcedEvent event) throws IOException;
}
