package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.model.json.Json;

/**
 * Articles and events as Spark rows. The columns are those of the store's {@code articles} and
 * {@code events} tables (snake_case), so the Parquet output reads like the store; each event also
 * keeps its JSON object ({@code json}), the contract other tools read.
 */
final class CodedRows {
  private CodedRows() {}

  /** The partition column of both tables: publication date for articles, event date for events. */
  static final String DATE = "date";

  static final StructType ARTICLE = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false),
      field("file", DataTypes.StringType, true),
      field("url", DataTypes.StringType, true),
      field("title", DataTypes.StringType, true),
      field("author", DataTypes.StringType, true),
      field("site", DataTypes.StringType, true),
      field("language", DataTypes.StringType, true),
      field("date_precision", DataTypes.StringType, false),
      field("date_source", DataTypes.StringType, false),
      field("text", DataTypes.StringType, false),
      field(DATE, DataTypes.DateType, true),
  });

  static final StructType EVENT = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false),
      field("article_id", DataTypes.StringType, false),
      field("sentence_index", DataTypes.IntegerType, false),
      field("sentence", DataTypes.StringType, false),
      field("date_precision", DataTypes.StringType, false),
      field("status", DataTypes.StringType, false),
      field("source_text", DataTypes.StringType, true),
      field("source_code", DataTypes.StringType, true),
      field("source_country", DataTypes.StringType, true),
      field("source_sector", DataTypes.StringType, true),
      field("source_name", DataTypes.StringType, true),
      field("target_text", DataTypes.StringType, true),
      field("target_code", DataTypes.StringType, true),
      field("target_country", DataTypes.StringType, true),
      field("target_sector", DataTypes.StringType, true),
      field("target_name", DataTypes.StringType, true),
      field("cameo", DataTypes.StringType, false),
      field("cameo_root", DataTypes.StringType, false),
      field("quad_class", DataTypes.IntegerType, false),
      field("goldstein", DataTypes.DoubleType, false),
      field("plover_type", DataTypes.StringType, true),
      field("plover_mode", DataTypes.StringType, true),
      field("location_name", DataTypes.StringType, true),
      field("location_country", DataTypes.StringType, true),
      field("lat", DataTypes.DoubleType, true),
      field("lon", DataTypes.DoubleType, true),
      field("geoname_id", DataTypes.LongType, true),
      field("confidence", DataTypes.DoubleType, false),
      field("sentence_begin", DataTypes.IntegerType, false),
      field("sentence_end", DataTypes.IntegerType, false),
      field("source_begin", DataTypes.IntegerType, true),
      field("source_end", DataTypes.IntegerType, true),
      field("target_begin", DataTypes.IntegerType, true),
      field("target_end", DataTypes.IntegerType, true),
      field("trigger_begin", DataTypes.IntegerType, false),
      field("trigger_end", DataTypes.IntegerType, false),
      field("pattern_id", DataTypes.StringType, false),
      field("json", DataTypes.StringType, false),
      field(DATE, DataTypes.DateType, true),
  });

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  static Row article(Article a) {
    return RowFactory.create(a.id(), a.file(), a.url(), a.title(), a.author(), a.site(), a.language(),
        a.datePrecision().label(), a.dateSource().label(), a.text(), date(a.date()));
  }

  static Row event(Event e) {
    Actor s = e.source();
    Actor t = e.target();
    var l = e.location();
    var ev = e.evidence();
    return RowFactory.create(e.id(), e.articleId(), e.sentenceIndex(), e.sentence(), e.datePrecision().label(),
        e.status().label(),
        s == null ? null : s.text(), s == null ? null : s.code(), s == null ? null : s.country(),
        s == null ? null : s.sector(), s == null ? null : s.name(),
        t == null ? null : t.text(), t == null ? null : t.code(), t == null ? null : t.country(),
        t == null ? null : t.sector(), t == null ? null : t.name(),
        e.cameo(), e.cameo().substring(0, 2), e.quadClass(), e.goldstein(), e.ploverType(), e.ploverMode(),
        l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.lat(),
        l == null ? null : l.lon(), l == null ? null : l.geonameId(), e.confidence(),
        ev.sentence().begin(), ev.sentence().end(), begin(ev.source()), end(ev.source()),
        begin(ev.target()), end(ev.target()), ev.trigger().begin(), ev.trigger().end(), ev.patternId(),
        Json.line(Json.event(e)), date(e.date()));
  }

  private static Integer begin(Span s) {
    return s == null ? null : s.begin();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
