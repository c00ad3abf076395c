package org.dyad.extract;

/** A document that cannot be read, with its origin and the reason. */
public final class BadDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final String reason;

  /** A bad document at {@code origin} (a path or URL) for {@code reason}. */
  public BadDocumentException(String origin, String reason) {
    super(origin + ": " + reason);
    this.origin = origin;
    this.reason = reason;
  }

  /** The path or URL of the document. */
  public String origin() {
    return origin;
  }

  /** Why it could not be read. */
  public String reason() {
    return reason;
  }
}
