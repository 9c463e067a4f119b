package dev.relata.processor.model;

/** The naming rules of DESIGN.md: default entity names and default keys. Pure functions. */
public final class Names {
  private static final java.util.regex.Pattern QUALIFIER =
      java.util.regex.Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])");

  private Names() {}

  /** A type as people write it in messages: simple class names, {@code List<Comment>}. */
  public static String display(javax.lang.model.type.TypeMirror type) {
    return QUALIFIER.matcher(type.toString()).replaceAll("");
  }

  /**
   * {@code name} if it can be a Java identifier, else {@code name} + {@code "Entity"}: the
   * parameter of {@code cases(Case caseEntity)}.
   */
  public static String parameterName(String name) {
    return javax.lang.model.SourceVersion.isName(name) ? name : name + "Entity";
  }

  /**
   * lowerCamel of a class name: {@code Post} → {@code post}, {@code BlogPost} → {@code blogPost}; a
   * leading acronym is lowered whole, {@code URLLink} → {@code urlLink}, {@code ID} → {@code id}.
   */
  public static String lowerCamel(String name) {
    if (name.isEmpty() || Character.isLowerCase(name.charAt(0))) {
      return name;
    }
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    // In "URLLink" the L before "ink" starts the next word and stays upper case.
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(java.util.Locale.ROOT) + name.substring(lower);
  }

  /**
   * The plural of a lowerCamel name by DESIGN.md's three rules: a consonant then {@code y} → {@code
   * ies}; {@code s}, {@code x}, {@code z}, {@code ch}, {@code sh} → {@code es}; else {@code s}.
   */
  public static String plural(String name) {
    int n = name.length();
    if (n >= 2 && name.endsWith("y") && !isVowel(name.charAt(n - 2))) {
      return name.substring(0, n - 1) + "ies";
    }
    if (name.endsWith("s")
        || name.endsWith("x")
        || name.endsWith("z")
        || name.endsWith("ch")
        || name.endsWith("sh")) {
      return name + "es";
    }
    return name + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }

  /** The default entity name of a class: {@code Category} → {@code categories}. */
  public static String entityName(String simpleName) {
    return plural(lowerCamel(simpleName));
  }

  /** {@code comments} → {@code Comments}, for method names such as {@code withComments}. */
  public static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code userId} → {@code USER_ID}, {@code URL} → {@code URL}, for constant names. */
  public static String upperSnake(String name) {
    StringBuilder s = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(name.charAt(i - 1))
                  || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
      if (boundary && s.charAt(s.length() - 1) != '_') {
        s.append('_');
      }
      s.append(Character.toUpperCase(c));
    }
    return s.toString();
  }
}
