package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreException;
import scala.Tuple2;

/**
 * Dyad on Apache Spark: reads WARC and WARC.gz files (Common Crawl News) or folders of HTML and
 * text pages from any Hadoop-compatible path, runs extract, annotate and code on the executors
 * (one pipeline per executor JVM), and writes {@code articles/} and {@code events/} as Parquet
 * partitioned by date. A rerun overwrites only the date partitions it writes, and event ids are
 * digests of article text, sentence, trigger and participants, so running the same input twice
 * leaves one copy of each event. With {@code --jdbc} every article and its events are also
 * stored in a PostgreSQL store through Dyad's own store (idempotent: an article already there is
 * skipped). Bad records (a corrupt archive, a binary payload, a page with no text) are skipped
 * and counted.
 */
public final class SparkJob {
  private SparkJob() {}

  /**
   * What a run did: pages coded, events found, bad records skipped, store writes that failed. The
   * counts are Spark accumulators added to as partitions are coded; the coded partitions are kept
   * (memory, then disk) so that each is coded once, but should Spark have to recompute one (a lost
   * executor), its pages are counted again.
   */
  public record Report(long articles, long events, long badRecords, long storeFailures) {}

  /** The counters the executors add to; Spark brings their sums back to the driver. */
  private record Counters(LongAccumulator articles, LongAccumulator events, LongAccumulator bad, LongAccumulator store)
      implements Serializable {
    static Counters in(JavaSparkContext sc) {
      return new Counters(sc.sc().longAccumulator("dyad.articles"), sc.sc().longAccumulator("dyad.events"),
          sc.sc().longAccumulator("dyad.badRecords"), sc.sc().longAccumulator("dyad.storeFailures"));
    }
  }

  /** Entry point for {@code spark-submit}; prints the counts, exits 2 on bad usage. */
  public static void main(String[] args) {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dyad-spark: " + e.getMessage());
      System.err.println(JobConfig.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
    try {
      print(run(spark, config), System.out);
    } finally {
      spark.stop();
    }
  }

  static void print(Report r, PrintStream out) {
    out.printf("dyad-spark: %d articles, %d events, %d bad records skipped, %d store writes failed%n",
        r.articles(), r.events(), r.badRecords(), r.storeFailures());
  }

  /** Runs the job in {@code spark} and returns its counts. */
  public static Report run(SparkSession spark, JobConfig config) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    Counters counters = Counters.in(sc);
    String jdbc = config.jdbc();
    JavaRDD<Tuple2<String, PortableDataStream>> files = sc.binaryFiles(String.join(",", config.inputs()), config.partitions())
        .rdd().toJavaRDD();
    JavaRDD<Tuple2<Row, List<Row>>> coded = files.mapPartitions(it -> {
      List<Tuple2<Row, List<Row>>> out = new ArrayList<>();
      try (Sink sink = new Sink(jdbc, counters)) {
        while (it.hasNext()) {
          Tuple2<String, PortableDataStream> file = it.next();
          try (InputStream in = file._2().open()) {
            InputPages.read(file._1(), in, doc -> code(doc, sink, counters, out), f -> counters.bad().add(1));
          } catch (IOException e) {
            counters.bad().add(1); // a file that cannot be read at all: one bad record
          }
        }
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> articles = spark.createDataFrame(coded.map(Tuple2::_1), CodedRows.ARTICLE).dropDuplicates("id");
      Dataset<Row> events = spark.createDataFrame(coded.flatMap(t -> t._2().iterator()), CodedRows.EVENT).dropDuplicates("id");
      String base = config.output().endsWith("/") ? config.output() : config.output() + "/";
      articles.write().mode(SaveMode.Overwrite).partitionBy(CodedRows.DATE).parquet(base + "articles");
      events.write().mode(SaveMode.Overwrite).partitionBy(CodedRows.DATE).parquet(base + "events");
      return new Report(counters.articles().value(), counters.events().value(), counters.bad().value(), counters.store().value());
    } finally {
      coded.unpersist(false);
    }
  }

  private static void code(RawDocument doc, Sink sink, Counters counters, List<Tuple2<Row, List<Row>>> out) {
    Pipeline.Coded c;
    try {
      c = ExecutorPipeline.get().code(doc, null);
    } catch (BadDocumentException | RuntimeException e) {
      counters.bad().add(1);
      return;
    }
    List<Row> events = new ArrayList<>(c.events().size());
    c.events().forEach(e -> events.add(CodedRows.event(e)));
    sink.store(c);
    counters.articles().add(1);
    counters.events().add(events.size());
    out.add(new Tuple2<>(CodedRows.article(c.article()), events));
  }

  /** Where a partition's coded articles also go: a PostgreSQL store, or nowhere. */
  private static final class Sink implements AutoCloseable {
    private final JdbcEventStore store;
    private final Counters counters;

    Sink(String jdbc, Counters counters) throws StoreException {
      this.store = jdbc == null ? null : JdbcEventStore.open(jdbc);
      this.counters = counters;
    }

    void store(Pipeline.Coded c) {
      if (store == null) {
        return;
      }
      try {
        store.store(c.article(), c.events());
      } catch (StoreException e) {
        counters.store().add(1);
      }
    }

    @Override
    public void close() throws StoreException {
      if (store != null) {
        store.close();
      }
    }
  }
}
