package dev.relata.jdbc;

import java.util.Locale;

/** Entity and field names as SQL names: {@code blogPosts} → {@code blog_posts}. */
final class SqlNames {
  private SqlNames() {}

  /**
   * {@code name} in snake_case: an underscore before each upper-case letter that starts a word
   * ({@code userId} → {@code user_id}, {@code httpURLPath} → {@code http_url_path}), all lower
   * case.
   */
  static String snake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = name.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
        boolean startsWord =
            Character.isUpperCase(before)
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLower || startsWord) && before != '_') {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
