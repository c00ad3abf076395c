package org.dyad.server;

/** A request the API answers with an error status and a message safe to show the caller. */
public final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** An error with its HTTP status. */
  public ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
