package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.Period;
import org.dyad.store.StoredArticle;

/** The read-only endpoints: events, one event, relations of a pair, an actor, an article. */
final class QueryRoutes {
  /** The most events one page may hold. */
  static final int MAX_LIMIT = 1000;

  private static final Set<String> EVENT_PARAMS = Set.of("actor", "pair", "from", "to", "status", "offset", "limit");
  private static final Set<String> RELATION_PARAMS = Set.of("a", "b", "by");
  private static final Set<String> ACTOR_PARAMS = Set.of("top");

  private final StorePool pool;

  QueryRoutes(StorePool pool) {
    this.pool = pool;
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
    ApiServer.send(ctx, 200, pool.call(s -> Views.eventPage(s.events(q), s.count(q), offset, limit)));
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
    ApiServer.send(ctx, 200, pool.call(s -> Views.relations(a, b, by, s.relations(a, b, Period.of(by)))));
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
}
