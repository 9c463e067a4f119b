package dev.relata;

/**
 * The unchecked exception of every failure Relata reports at run time; its subtypes name the
 * failure. A write that throws one has changed nothing in the store.
 */
public class RelataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public RelataException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public RelataException(String message, Throwable cause) {
    super(message, cause);
  }
}
