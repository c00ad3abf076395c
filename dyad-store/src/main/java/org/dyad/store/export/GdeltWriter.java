package org.dyad.store.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.store.SourcedEvent;

/**
 * GDELT 2.0 event records: the 61 tab-separated columns of GDELT's event codebook (September
 * 2016), without a header, as GDELT's own export files are. Columns Dyad has no value for are
 * left empty; until events are merged across articles every event counts one mention, one
 * source and one article.
 */
final class GdeltWriter implements EventWriter {
  /** The column names, in GDELT's order. */
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** Country fields that name an organisation's kind rather than a state (organisations.tsv). */
  private static final Set<String> ORGANISATION_KINDS = Set.of("IGO", "NGO");

  static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Override
  public void header(Appendable out) {
    // GDELT's event files have no header row.
  }

  @Override
  public void write(Appendable out, SourcedEvent s) throws IOException {
    Event e = s.event();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(Long.toString(globalEventId(e.id())));
    addDate(row, e.date());
    addActor(row, e.source());
    addActor(row, e.target());
    row.add(s.leadParagraph() ? "1" : "0");
    row.add(e.cameo());
    row.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
    row.add(e.cameoRoot());
    row.add(Integer.toString(e.quadClass()));
    row.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
    // The counts of the event's cluster: every report of it stored so far.
    row.add(Integer.toString(s.numMentions()));
    row.add(Integer.toString(s.numSources()));
    row.add(Integer.toString(s.numArticles()));
    // AvgTone: Dyad does not score tone.
    row.add("");
    // Actor1Geo and Actor2Geo: Dyad places the event, not each actor.
    for (int i = 0; i < 16; i++) {
      row.add("");
    }
    addActionGeo(row, e.location());
    row.add(ADDED.format(s.ingestedAt()));
    row.add(s.articleUrl() == null ? "" : s.articleUrl());
    if (row.size() != COLUMNS.size()) {
      throw new IllegalStateException("a GDELT row has " + row.size() + " columns, not " + COLUMNS.size());
    }
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(clean(row.get(i)));
    }
    out.append('\n');
  }

  /**
   * A stable GDELT event id: the first 53 bits of the SHA-256 of Dyad's event id, so that the same
   * event always gets the same number and the number survives tools that read integers as
   * JavaScript doubles.
   */
  static long globalEventId(String eventId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v >>> 11;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void addDate(List<String> row, LocalDate d) {
    if (d == null) {
      row.add("");
      row.add("");
      row.add("");
      row.add("");
      return;
    }
    row.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    row.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
    row.add(Integer.toString(d.getYear()));
    // GDELT's own approximation, (month * 30 + day) / 365, not the exact share of the year.
    row.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
  }

  /** Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3. */
  private static void addActor(List<String> row, Actor a) {
    if (a == null) {
      for (int i = 0; i < 10; i++) {
        row.add("");
      }
      return;
    }
    boolean organisation = ORGANISATION_KINDS.contains(a.country());
    row.add(a.code());
    // GDELT writes actor names in capitals (UNITED STATES, GEORGE W BUSH). Without a canonical
    // name only a capitalised mention ("Moscow") names the actor; "it" or "his" does not.
    String name = a.name() != null ? a.name() : properNoun(a.text());
    row.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
    // An organisation (IGOUNO) has no country; its CAMEO known-group code follows its kind.
    row.add(organisation || a.country() == null ? "" : a.country());
    row.add(organisation && a.code().length() >= 6 ? a.code().substring(3, 6) : "");
    row.add("");
    row.add("");
    row.add("");
    row.add(a.sector() == null ? "" : a.sector());
    // The store does not keep secondary sectors yet.
    row.add("");
    row.add("");
  }

  /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
  private static void addActionGeo(List<String> row, Location l) {
    if (l == null) {
      for (int i = 0; i < 8; i++) {
        row.add("");
      }
      return;
    }
    boolean point = l.lat() != null && l.lon() != null;
    // 1 country, 3 US city or landmark, 4 city or landmark elsewhere: a place without coordinates
    // is the country Dyad resolved it to.
    row.add(!point ? "1" : "USA".equals(l.country()) ? "3" : "4");
    row.add(l.name() == null ? "" : l.name());
    // GDELT's geographic country codes are FIPS 10-4, not the ISO/CAMEO codes of its actor columns.
    row.add(Fips.of(l.country()));
    row.add("");
    row.add("");
    row.add(point ? BigDecimal.valueOf(l.lat()).toPlainString() : "");
    row.add(point ? BigDecimal.valueOf(l.lon()).toPlainString() : "");
    // GDELT's FeatureID is a GNS id; a GeoNames id is another numbering, so it is not written here.
    row.add("");
  }

  private static String properNoun(String mention) {
    return mention != null && !mention.isEmpty() && Character.isUpperCase(mention.codePointAt(0)) ? mention : null;
  }

  /** Tabs and line breaks would split a record. */
  static String clean(String value) {
    return value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
