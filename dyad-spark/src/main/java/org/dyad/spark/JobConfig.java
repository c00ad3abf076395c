package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the Spark job does, validated on construction.
 *
 * @param inputs Hadoop-compatible paths (local, {@code hdfs://}, {@code s3a://}, ...) of WARC or
 *     WARC.gz files, or of folders of HTML and text pages, read recursively
 * @param output the folder that receives {@code articles/} and {@code events/} as Parquet,
 *     partitioned by date
 * @param jdbc a PostgreSQL store ({@code postgresql://user:pass@host:port/db}) that also receives
 *     every article and its events, or null
 * @param partitions the least number of input splits (more spreads small inputs over executors)
 */
public record JobConfig(List<String> inputs, String output, String jdbc, int partitions) {
  public JobConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: give one or more --input PATH");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no output: give --output DIR");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
    }
  }

  /** The usage line, for errors. */
  public static final String USAGE =
      "usage: SparkJob --input PATH [--input PATH ...] --output DIR [--jdbc postgresql://user:pass@host:port/db] [--partitions N]";

  /** Parses the job's arguments; a mistake throws IllegalArgumentException naming it. */
  public static JobConfig parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String jdbc = null;
    int partitions = 2;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--input" -> inputs.add(value);
        case "--output" -> output = value;
        case "--jdbc" -> jdbc = value;
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions takes a number, not '" + value + "'", e);
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    return new JobConfig(inputs, output, jdbc, partitions);
  }
}
