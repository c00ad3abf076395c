package org.dyad.extract.fetch;

/** A page that could not be fetched, with its URL and the reason. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final String reason;

  /** {@code url} could not be fetched for {@code reason}. */
  public FetchException(String url, String reason) {
    super(url + ": " + reason);
    this.url = url;
    this.reason = reason;
  }

  /** The URL as it was asked for. */
  public String url() {
    return url;
  }

  /** Why it was not fetched. */
  public String reason() {
    return reason;
  }
}
