package dev.relata.processor.model;

/** The suffixes of the types generated beside an entity {@code Post}. */
public final class Generated {
  private Generated() {}

  /** {@code PostRepository}. */
  public static final String REPOSITORY = "Repository";

  /** {@code PostQuery}. */
  public static final String QUERY = "Query";

  /** {@code Post_Meta}: the metadata the runtime works on. */
  public static final String META = "_Meta";

  /** {@code Post_Json}: the entity's JSON reader and writer. */
  public static final String JSON = "_Json";

  /** {@code Post_}: the typed fields, for conditions and orders. */
  public static final String FIELDS = "_";
}
