package org.dyad.server;

/** The pipeline could not read a posted document; the message says why and is shown to the caller. */
public final class RejectedDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A rejection with its reason. */
  public RejectedDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
