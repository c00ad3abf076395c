package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.json.Json;

/** Runs the CLI in-process and keeps what it printed. */
final class CliRunner {
  final int exit;
  final String out;
  final String err;

  private CliRunner(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRunner(code, out.toString(), err.toString());
  }

  List<JsonNode> jsonLines() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        rows.add(Json.mapper().readTree(line));
      }
    }
    return rows;
  }
}
