package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad export}: stored events as GDELT 2.0 event or mentions rows, CSV, JSON Lines or Parquet. */
@Command(name = "export",
    description = "Write stored events (asserted ones unless --all) as GDELT 2.0 event or mentions rows, CSV, JSON Lines or Parquet.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", required = true,
      description = "gdelt (61 tab-separated columns, no header), mentions (GDELT's 16 mentions columns, no header), csv, jsonl "
          + "or parquet (needs --out)")
  String format;

  @Option(names = "--from", description = "first event date (YYYY-MM-DD)")
  String from;

  @Option(names = "--to", description = "last event date (YYYY-MM-DD)")
  String to;

  @Option(names = "--all", description = "include negated, hypothetical, future and historical events")
  boolean all;

  @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
  Path out;

  @Override
  public Integer call() throws StoreException, IOException {
    ExportFormat f = ExportFormat.of(format);
    if (!f.textual() && out == null) {
      throw new IllegalArgumentException("--format " + format + " is written to a file: give --out FILE");
    }
    EventQuery q = EventQuery.unpaged(Dates.parse(from, "--from"), Dates.parse(to, "--to"), all);
    long n;
    try (EventStore db = store.open()) {
      n = out == null ? toStdout(f, db, q) : toFile(f, db, q);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("dyad: %d events exported%s%n", n, out == null ? "" : " to " + out);
    err.flush();
    return 0;
  }

  private long toStdout(ExportFormat f, EventStore db, EventQuery q) throws StoreException, IOException {
    PrintWriter w = spec.commandLine().getOut();
    long n = f.export(db, q, w);
    w.flush();
    return n;
  }

  /** Writes beside the target and moves it into place, so a failed export leaves no half file. */
  private long toFile(ExportFormat f, EventStore db, EventQuery q) throws StoreException, IOException {
    Path target = out.toAbsolutePath();
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    try {
      long n = f.export(db, q, tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      return n;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
