package org.dyad.app;

import java.io.PrintWriter;
import org.dyad.app.cli.ActorCommand;
import org.dyad.app.cli.CodeCommand;
import org.dyad.app.cli.DemoCommand;
import org.dyad.app.cli.EvalCommand;
import org.dyad.app.cli.EventsCommand;
import org.dyad.app.cli.ExportCommand;
import org.dyad.app.cli.ExtractCommand;
import org.dyad.app.cli.IngestCommand;
import org.dyad.app.cli.RelationsCommand;
import org.dyad.app.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyad} command line. Exit codes: 0 success, 1 some inputs failed (each reported on
 * standard error with its file and reason), 2 bad usage.
 */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Turns news into coded, dated, evidenced events about relations between nations.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      CodeCommand.class,
      ActorCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      RelationsCommand.class,
      org.dyad.app.cli.SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      org.dyad.app.cli.BenchCommand.class,
      org.dyad.app.cli.StoreBenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /** Runs the CLI and returns its exit code; never exits the JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, line, parse) -> {
          if (ex instanceof IllegalArgumentException) {
            line.getErr().println("dyad: " + ex.getMessage());
            line.getErr().flush();
            return CommandLine.ExitCode.USAGE;
          }
          line.getErr().println("dyad: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
          line.getErr().flush();
          return CommandLine.ExitCode.SOFTWARE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The entry point. */
  public static void main(String[] args) {
    // A malformed robots.txt is the site's problem, not the user's: keep crawler-commons quiet.
    System.setProperty("org.slf4j.simpleLogger.log.crawlercommons", "off");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}
