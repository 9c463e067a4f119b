package dev.relata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Argument checks of the public API, which name the bad value. */
final class Arguments {
  private Arguments() {}

  /**
   * A copy of {@code elements}, which must not be null nor hold null; {@code what} names them in
   * the message, such as {@code "posts"}.
   */
  static <T> List<T> nonNullElements(Collection<? extends T> elements, String what) {
    if (elements == null) {
      throw new NullPointerException(what + " must not be null");
    }
    List<T> list = new ArrayList<>(elements);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(what + " must not hold null (position " + i + ")");
      }
    }
    return list;
  }
}
