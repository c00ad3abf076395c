package org.dyad.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.store.EventPage;
import org.dyad.store.EventQuery;
import org.dyad.store.Period;
import org.dyad.store.StoreException;
import org.dyad.store.StoredArticle;
import org.dyad.store.analytics.DateRange;
import org.dyad.store.analytics.Level;
import org.dyad.store.analytics.PlaceQuery;
import org.dyad.store.analytics.ShiftMeasure;
import org.dyad.store.analytics.ShiftQuery;
import org.dyad.store.search.ArticleSource;
import org.dyad.store.search.QuerySyntaxException;
import org.dyad.store.search.SearchIndex;

/**
 * The read-only endpoints: events, one event, relations of a pair, an actor, an article, the
 * analytics (shifts, pairs, networks, places) and full-text search.
 */
final class QueryRoutes {
  /** The most events one page may hold. */
  static final int MAX_LIMIT = 1000;

  private static final Set<String> EVENT_PARAMS = Set.of("actor", "pair", "from", "to", "status", "offset", "limit");
  private static final Set<String> RELATION_PARAMS = Set.of("a", "b", "by");
  private static final Set<String> ACTOR_PARAMS = Set.of("top");
  private static final Set<String> SHIFT_PARAMS = Set.of("by", "from", "to", "limit", "min", "measure", "level");
  private static final Set<String> PAIR_PARAMS = Set.of("from", "to", "limit", "level");
  private static final Set<String> NETWORK_PARAMS = Set.of("actor", "from", "to", "limit", "level");
  private static final Set<String> PLACE_PARAMS = Set.of("from", "to", "actor", "pair", "limit");
  private static final Set<String> SEARCH_PARAMS = Set.of("q", "limit", "offset");
  private static final List<String> PERIODS = List.of("day", "week", "month", "year");
  private static final List<String> LEVELS = List.of("country", "actor");

  private final StorePool pool;
  private final Path searchDir;
  private SearchIndex search;

  /** The routes over {@code pool}; search uses the index beside the store's DuckDB file. */
  QueryRoutes(StorePool pool) {
    this(pool, null);
  }

  /**
   * The routes over {@code pool}, searching the index in {@code searchDir}: needed for a store
   * without a file; null for the index beside the store's DuckDB file.
   */
  QueryRoutes(StorePool pool, Path searchDir) {
    this.pool = pool;
    this.searchDir = searchDir;
  }

  /** {@code GET /api/events}: a page of events matching the filters. */
  void events(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), EVENT_PARAMS);
    String actor = p.code("actor");
    String[] pair = p.pair("pair");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' is before 'from'");
    }
    boolean all = p.choice("status", "asserted", List.of("asserted", "all")).equals("all");
    int offset = p.integer("offset", 0, 0, 999_999_999);
    int limit = p.integer("limit", 100, 1, MAX_LIMIT);
    EventQuery q = new EventQuery(actor, pair == null ? null : pair[0], pair == null ? null : pair[1], from, to, all, limit,
        offset);
    ApiServer.send(ctx, 200, pool.call(s -> {
      EventPage page = s.page(q);
      return Views.eventPage(page.events(), page.total(), offset, limit);
    }));
  }

  /** {@code GET /api/events/{id}}: one event with its evidence and its article's headline. */
  void event(Context ctx) throws Exception {
    Params.of(ctx.queryParamMap(), Set.of());
    String id = Params.id("event", ctx.pathParam("id"));
    ApiServer.send(ctx, 200, pool.call(s -> {
      Event e = s.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
      StoredArticle a = s.article(e.articleId())
          .orElseThrow(() -> new IllegalStateException("event " + id + " has no article " + e.articleId()));
      return Views.eventDetail(e, a.article());
    }));
  }

  /** {@code GET /api/relations?a=PAK&b=RUS&by=month}: a pair's relations per period. */
  void relations(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), RELATION_PARAMS);
    String a = p.requiredCode("a");
    String b = p.requiredCode("b");
    String by = p.choice("by", "month", List.of("day", "week", "month", "year"));
    ApiServer.send(ctx, 200, pool.call(s -> Views.relations(a, b, by, s.analytics().relations(a, b, Period.of(by)))));
  }

  /** {@code GET /api/actors/{code}}: an actor's event counts and top counterparts. */
  void actor(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), ACTOR_PARAMS);
    int top = p.integer("top", 10, 1, 100);
    String code = Params.pathCode(ctx.pathParam("code"));
    ApiServer.send(ctx, 200, pool.call(s -> Views.actor(s.actor(code, top))));
  }

  /** {@code GET /api/articles/{id}}: one article with its text and events. */
  void article(Context ctx) throws Exception {
    Params.of(ctx.queryParamMap(), Set.of());
    String id = Params.id("article", ctx.pathParam("id"));
    ApiServer.send(ctx, 200, pool.call(s -> Views.article(s.article(id).orElseThrow(() -> ApiException.notFound("no article " + id)))));
  }

  /** {@code GET /api/shifts?by=month&from=&to=&limit=&min=}: the pairs whose relations moved most between consecutive periods. */
  void shifts(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SHIFT_PARAMS);
    String by = p.choice("by", "month", PERIODS);
    DateRange range = range(p);
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    int min = p.integer("min", 3, 1, 1_000_000);
    ShiftMeasure measure = ShiftMeasure.parse(p.choice("measure", "goldstein", List.of("goldstein", "conflict")));
    Level level = Level.parse(p.choice("level", "country", LEVELS));
    ShiftQuery q = new ShiftQuery(Period.of(by), range, measure, level, min, limit);
    ApiServer.send(ctx, 200, pool.call(s -> Views.shifts(by, measure, min, s.analytics().shifts(q))));
  }

  /** {@code GET /api/pairs?from&to&limit}: the most active pairs. */
  void pairs(Context ctx) throws Exception {
    Ranking r = ranking(ctx);
    ApiServer.send(ctx, 200, pool.call(s -> Views.pairs(s.analytics().pairs(r.range(), r.level(), r.limit()))));
  }

  /** {@code GET /api/actors?from&to&limit&level}: the busiest countries or actor codes, busiest first. */
  void actors(Context ctx) throws Exception {
    Ranking r = ranking(ctx);
    ApiServer.send(ctx, 200, pool.call(s -> Views.actors(s.analytics().actors(r.range(), r.level(), r.limit()))));
  }

  /** What a ranking of pairs or actors asks for: a date range, a level and how many. */
  private record Ranking(DateRange range, Level level, int limit) {}

  /** The {@code from, to, limit, level} parameters of a ranking, checked. */
  private static Ranking ranking(Context ctx) throws ApiException {
    Params p = Params.of(ctx.queryParamMap(), PAIR_PARAMS);
    DateRange range = range(p);
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    return new Ranking(range, Level.parse(p.choice("level", "country", LEVELS)), limit);
  }

  /** {@code GET /api/network?actor=PAK&from&to&limit&level}: an actor's links, or the whole network's busiest. */
  void network(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), NETWORK_PARAMS);
    String actor = p.code("actor");
    DateRange range = range(p);
    int limit = p.integer("limit", 50, 1, MAX_LIMIT);
    Level level = Level.parse(p.choice("level", "country", LEVELS));
    if (actor != null && Level.of(actor) != level) {
      throw ApiException.badRequest(level == Level.COUNTRY
          ? "'actor' must be a country code such as PAK, or give level=actor"
          : "'actor' must be an actor code such as PAKGOV with level=actor");
    }
    ApiServer.send(ctx, 200, pool.call(s -> Views.network(s.analytics().network(actor, level, range, limit))));
  }

  /** {@code GET /api/places?from&to&actor&pair}: where events happened, for a map. */
  void places(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), PLACE_PARAMS);
    DateRange range = range(p);
    String actor = p.code("actor");
    String[] pair = p.pair("pair");
    int limit = p.integer("limit", 500, 1, 5000);
    PlaceQuery q = new PlaceQuery(range, actor, pair == null ? null : pair[0], pair == null ? null : pair[1], limit);
    ApiServer.send(ctx, 200, pool.call(s -> Views.places(s.analytics().places(q))));
  }

  /** {@code GET /api/search?q=&limit=&offset=}: articles matching a full-text query, best first. */
  void search(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SEARCH_PARAMS);
    String q = p.requiredText("q", 1000);
    int limit = p.integer("limit", 20, 1, SearchIndex.MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, SearchIndex.MAX_DEPTH - limit);
    ApiServer.send(ctx, 200, pool.call(s -> {
      ArticleSource articles = s.analytics().articles();
      try {
        return Views.search(index(articles).search(articles, q, limit, offset), offset, limit);
      } catch (QuerySyntaxException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    }));
  }

  /** The search index, opened on first use: the one configured, else the one beside the store's file. */
  private synchronized SearchIndex index(ArticleSource articles) throws StoreException, ApiException {
    if (search == null) {
      Path dir = searchDir;
      if (dir == null) {
        dir = articles.file().map(SearchIndex::beside)
            .orElseThrow(() -> new ApiException(503, "full-text search is not set up: the store has no file to keep its index beside"));
      }
      search = SearchIndex.open(dir);
    }
    return search;
  }

  private static DateRange range(Params p) throws ApiException {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' is before 'from'");
    }
    return new DateRange(from, to);
  }
}
