package org.dyad.app.cli;

import java.util.concurrent.Callable;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad events}: stored events with filters. */
@Command(name = "events", description = "List stored events (asserted ones unless --all).")
public final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--actor", description = "a country (RUS) or actor code (RUSGOV) on either side")
  String actor;

  @Option(names = "--pair", split = ",", paramLabel = "A,B", description = "two sides, in either direction: PAK,RUS")
  String[] pair;

  @Option(names = "--from", description = "first date (YYYY-MM-DD)")
  String from;

  @Option(names = "--to", description = "last date (YYYY-MM-DD)")
  String to;

  @Option(names = "--all", description = "include negated, hypothetical, future and historical events")
  boolean all;

  @Option(names = "--limit", defaultValue = "1000", description = "the most events to print (default 1000)")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  EventTable.Format format;

  @Override
  public Integer call() throws StoreException {
    if (pair != null && pair.length != 2) {
      throw new IllegalArgumentException("--pair takes two codes, like PAK,RUS");
    }
    EventQuery q = new EventQuery(actor, pair == null ? null : pair[0], pair == null ? null : pair[1],
        Dates.parse(from, "--from"), Dates.parse(to, "--to"), all, limit);
    try (EventStore db = store.open()) {
      EventTable.events(spec.commandLine().getOut(), db.events(q), format);
    }
    return 0;
  }
}
