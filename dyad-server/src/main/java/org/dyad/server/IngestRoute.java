package org.dyad.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Article;

/**
 * {@code POST /api/ingest}: codes one posted document with the pipeline and stores it, for a
 * caller holding the bearer token. The token is checked before the body is read.
 */
final class IngestRoute {
  private final Object writeLock = new Object();
  private final StorePool pool;
  private final DocumentCoder coder;
  private final BearerToken token;
  private final long maxBody;

  IngestRoute(StorePool pool, DocumentCoder coder, BearerToken token, long maxBody) {
    this.pool = pool;
    this.coder = coder;
    this.token = token;
    this.maxBody = maxBody;
  }

  void ingest(Context ctx) throws Exception {
    Params.of(ctx.queryParamMap(), Set.of());
    token.check(ctx.header("Authorization"));
    String type = ctx.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "the body must be application/json");
    }
    IngestRequest request = IngestRequest.parse(BoundedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBody));
    DocumentCoder.Coded coded = code(request);
    boolean stored;
    // One write at a time: concurrent transactions that update the same event cluster would
    // conflict and fail; reads go on meanwhile on the pool's other connections.
    synchronized (writeLock) {
      stored = pool.call(s -> s.store(coded.article(), coded.events()));
    }
    ApiServer.send(ctx, stored ? 201 : 200, Views.ingested(coded, stored));
  }

  /** One document at a time: the pipeline is not thread-safe and holds large models. */
  private synchronized DocumentCoder.Coded code(IngestRequest request) throws ApiException {
    try {
      DocumentCoder.Coded c = coder.code(request.document(), request.date());
      if (request.url() == null || c.article().url() != null) {
        return c;
      }
      return new DocumentCoder.Coded(withUrl(c.article(), request.url()), c.events());
    } catch (RejectedDocumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The caller's address for an article whose text did not carry one (plain text never does). */
  private static Article withUrl(Article a, String url) {
    return new Article(a.id(), a.file(), url, a.title(), a.text(), a.author(), a.site(), a.language(), a.date(),
        a.datePrecision(), a.dateSource(), a.fetchDate(), a.paragraphs(), a.warnings());
  }
}
