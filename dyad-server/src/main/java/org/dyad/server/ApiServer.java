package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.model.json.Json;
import org.dyad.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dyad's HTTP API over an event store: JSON in and out, every parameter checked, errors as
 * {@code {"error": ..., "status": ...}} without internals. Started by {@link #start}, stopped by
 * {@link #close}; the store pool stays the caller's to close.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String OPENAPI = "dyad/server/openapi.json";
  private static final String GENERATION = "dyad.cache.generation";
  private static final String CACHED = "dyad.cache.hit";

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code pool} on the configured host and port; ingests go through {@code coder}. */
  public static ApiServer start(ServerConfig config, StorePool pool, DocumentCoder coder) {
    return start(config, pool, coder, null);
  }

  /**
   * Starts serving {@code pool}, its full-text index in {@code searchIndex}: needed for a store
   * without a file of its own (PostgreSQL); null for the index beside a DuckDB file.
   */
  public static ApiServer start(ServerConfig config, StorePool pool, DocumentCoder coder, java.nio.file.Path searchIndex) {
    String openApi = resource(OPENAPI);
    QueryRoutes queries = new QueryRoutes(pool, searchIndex);
    IngestRoute ingest = new IngestRoute(pool, coder, new BearerToken(config.token()), config.maxBodyBytes());
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      // the web UI: static files from the classpath, served at the root
      c.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/dyad/web";
        files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
      if (config.corsOrigin() != null) {
        c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(config.corsOrigin())));
      }
    });
    app.before(ApiServer::securityHeaders);
    if (config.rateLimit() > 0) {
      RateLimiter limiter = new RateLimiter(config.rateLimit(), 2.0 * Math.max(config.rateLimit(), ServerConfig.INGEST_COST));
      app.before(ctx -> limit(limiter, ctx));
    }
    if (config.cacheMillis() > 0) {
      ResponseCache cache = new ResponseCache(config.cacheMillis());
      app.before("/api/*", ctx -> answerFromCache(cache, ctx));
      app.after("/api/*", ctx -> keepInCache(cache, ctx));
    }
    app.get("/api/events", queries::events);
    app.get("/api/events/{id}", queries::event);
    app.get("/api/relations", queries::relations);
    app.get("/api/actors", queries::actors);
    app.get("/api/actors/{code}", queries::actor);
    app.get("/api/articles/{id}", queries::article);
    app.get("/api/shifts", queries::shifts);
    app.get("/api/pairs", queries::pairs);
    app.get("/api/network", queries::network);
    app.get("/api/places", queries::places);
    app.get("/api/search", queries::search);
    app.post("/api/ingest", ingest::ingest);
    app.get("/api/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(openApi));
    app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), reason(e.getStatus())));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      fail(ctx, 500, "the store failed; see the server's log");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {}: {}", ctx.method(), ctx.path(), e, e);
      fail(ctx, 500, "internal error; see the server's log");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null) {
        fail(ctx, 404, "no such resource");
      }
    });
    app.start(config.host(), config.port());
    LOG.info("Dyad API on http://{}:{}/api/ (ingest {})", config.host(), app.port(),
        config.token() == null ? "disabled: no token" : "enabled");
    return new ApiServer(app);
  }

  /** The port the server listens on, useful when it was started on port 0. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static void send(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(Json.line(body));
  }

  private static void fail(Context ctx, int status, String message) {
    send(ctx, status, Views.error(status, message));
  }

  /**
   * Answers a read from the cache when it can. The request's starting generation is noted either
   * way, so that its own answer is kept only if no write came while it was computed.
   */
  private static void answerFromCache(ResponseCache cache, Context ctx) {
    if (ctx.method() != HandlerType.GET) {
      return;
    }
    ctx.attribute(GENERATION, cache.generation());
    String hit = cache.get(cacheKey(ctx));
    if (hit != null) {
      ctx.attribute(CACHED, Boolean.TRUE);
      ctx.status(200).contentType("application/json").header("X-Dyad-Cache", "hit").result(hit);
      ctx.skipRemainingHandlers();
    }
  }

  /** Keeps a successful read's answer; a successful write empties the cache. */
  private static void keepInCache(ResponseCache cache, Context ctx) {
    int status = ctx.statusCode();
    if (ctx.method() == HandlerType.GET) {
      Long started = ctx.attribute(GENERATION);
      if (status == 200 && started != null && ctx.attribute(CACHED) == null) {
        cache.put(cacheKey(ctx), ctx.result(), started);
      }
    } else if (status < 300) {
      cache.clear();
    }
  }

  private static String cacheKey(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }

  /** Refuses a client over its rate with 429 and the seconds to wait; ingests cost more. */
  private static void limit(RateLimiter limiter, Context ctx) throws ApiException {
    double cost = ctx.method() == HandlerType.POST ? ServerConfig.INGEST_COST : 1;
    RateLimiter.Decision d = limiter.acquire(ctx.ip(), cost);
    if (!d.allowed()) {
      ctx.header("Retry-After", Long.toString(d.retryAfterSeconds()));
      throw new ApiException(429, "too many requests; try again in " + d.retryAfterSeconds() + " s");
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "no such resource";
      case 405 -> "method not allowed";
      case 413 -> "the request body is too large";
      case 429 -> "too many requests";
      default -> "request failed";
    };
  }

  private static String resource(String name) {
    try (InputStream in = ApiServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
