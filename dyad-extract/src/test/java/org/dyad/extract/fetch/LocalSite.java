package org.dyad.extract.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web site on the loopback interface for tests: fixed pages, and a log of the requests. */
public final class LocalSite implements AutoCloseable {
  /** A request as the server saw it. */
  public record Hit(String path, String userAgent, long startNanos, long endNanos) {}

  /** A canned answer. */
  public record Page(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
    public static Page html(String html) {
      return new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
    }
  }

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  public LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      long start = System.nanoTime();
      String path = exchange.getRequestURI().getPath();
      Page p = pages.getOrDefault(path, new Page(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of(), 0));
      try {
        if (p.delayMillis() > 0) {
          Thread.sleep(p.delayMillis());
        }
        p.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", p.contentType());
        exchange.sendResponseHeaders(p.status(), p.body().length == 0 ? -1 : p.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(p.body());
        }
      } catch (InterruptedException | IOException e) {
        exchange.close();
      } finally {
        hits.add(new Hit(path, exchange.getRequestHeaders().getFirst("User-Agent"), start, System.nanoTime()));
      }
    });
    server.start();
  }

  public LocalSite page(String path, Page page) {
    pages.put(path, page);
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
