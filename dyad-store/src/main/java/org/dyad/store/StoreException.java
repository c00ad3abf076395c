package org.dyad.store;

/** The database failed or refused an operation; the message says which and why. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure. */
  public StoreException(String message) {
    super(message);
  }
}
