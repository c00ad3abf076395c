package org.dyad.app.cli;

import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad relations A B}: a pair's event counts by QuadClass and Goldstein totals per period. */
@Command(name = "relations", description = "A pair's relations per period, both directions: events by QuadClass and Goldstein totals.")
public final class RelationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "a country (PAK) or actor code (PAKGOV)")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "the other side")
  String b;

  @Option(names = "--by", defaultValue = "month", description = "day, week, month (default) or year")
  String by;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  EventTable.Format format;

  @Override
  public Integer call() throws StoreException {
    Period period = Period.of(by);
    try (EventStore db = store.open()) {
      EventTable.relations(spec.commandLine().getOut(), db.relations(a, b, period), format);
    }
    return 0;
  }
}
