package dev.relata.internal;

/**
 * The text form of a map key (JSON object member names are strings), for maps in entity fields:
 * {@link ValueCodecs#map}.
 *
 * @param <K> the key type
 */
public interface KeyCodec<K> {
  /**
   * The key written as {@code text}; an {@link IllegalArgumentException} (such as a {@link
   * NumberFormatException}) if it is none.
   */
  K parse(String text);

  /** The text of {@code key}. */
  String format(K key);

  /** What the text form is, for error messages: {@code "an integer"}. */
  String expected();
}
