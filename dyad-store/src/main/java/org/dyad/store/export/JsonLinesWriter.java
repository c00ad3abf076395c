package org.dyad.store.export;

import java.io.IOException;
import org.dyad.model.json.Json;
import org.dyad.store.SourcedEvent;

/** The event contract of {@code ./dyad code}, one object per line. */
final class JsonLinesWriter implements EventWriter {
  @Override
  public void header(Appendable out) {
    // JSON Lines has no header.
  }

  @Override
  public void write(Appendable out, SourcedEvent event) throws IOException {
    out.append(Json.line(Json.event(event.event()))).append('\n');
  }
}
