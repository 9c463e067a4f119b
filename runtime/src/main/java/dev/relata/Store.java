package dev.relata;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.internal.Backend;
import dev.relata.internal.Database;
import dev.relata.internal.JsonSupport;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Holds the tables of entities: one table per entity, with hash indexes on every key that a
 * relation uses. Repositories and queries work on a store:
 *
 * <pre>{@code
 * Store store = Store.inMemory();
 * PostRepository posts = new PostRepository(store);
 * }</pre>
 *
 * <p>A store is safe to use from many threads. Every write (a save with everything it carries, a
 * cascading delete, a JSON import) is atomic: it happens whole or, when it fails, not at all, and
 * readers never see part of it. Reads run in parallel; writes take turns. {@link
 * #transaction(Runnable)} makes several writes, through any repositories and resolvers of the
 * store, one atomic write.
 *
 * <p>A store reads and writes JSON through Jackson: {@link #exportJson()} and {@link
 * #importJson(String)} here, {@code saveJson} and {@code toJson} on repositories. Relata's
 * generated code reads and writes entities itself; field types it does not know (your own value
 * objects) go through an {@code ObjectMapper}, yours if you give one to {@link
 * Builder#objectMapper}.
 */
public class Store {
  private final Backend backend;
  private final JsonSupport json;

  private Store(Builder builder) {
    this.backend = new Database();
    this.json = json(builder);
  }

  /**
   * A store whose rows live in {@code backend}, with the default JSON settings: the constructor of
   * the stores of other backends, such as {@code dev.relata.jdbc.JdbcStore}.
   */
  protected Store(Backend backend) {
    this(backend, new JsonSupport(null, false));
  }

  /**
   * A store whose rows live in {@code backend}, with the JSON settings of {@code json}: for the
   * stores of other backends that take {@link Builder}'s settings too (see {@link #json(Builder)}).
   */
  protected Store(Backend backend, JsonSupport json) {
    this.backend = Objects.requireNonNull(backend, "backend must not be null");
    this.json = Objects.requireNonNull(json, "json must not be null");
  }

  /** The JSON settings of {@code settings}, for the stores of other backends. */
  protected static JsonSupport json(Builder settings) {
    return new JsonSupport(settings.objectMapper, settings.skipUnknownJsonFields);
  }

  /** A new, empty store held in memory, with the default JSON settings. */
  public static Store inMemory() {
    return builder().build();
  }

  /**
   * A builder of a store with settings of its own:
   *
   * <pre>{@code
   * Store store = Store.builder().objectMapper(mapper).skipUnknownJsonFields().build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The whole store as JSON, normalized: one member per entity of the classpath (in the order of
   * their names), each an object of its rows by key, each row its stored fields, relations left
   * out; an entity without rows is {@code {}}:
   *
   * <pre>{@code
   * {"comments": {"1": {"id": 1, "body": "Nice", "postId": 1}}, "posts": {"1": {"id": 1, ...}}}
   * }</pre>
   *
   * It is one consistent state: writes wait until it is written. {@link #importJson(String)} reads
   * it back.
   */
  public String exportJson() {
    return json.export(backend);
  }

  /**
   * Writes {@link #exportJson()} into {@code file}, streaming (the heap does not grow with the
   * store), and replaces the file atomically: it is written beside {@code file} and then moved over
   * it, so that a failure or a crash part way leaves the old file whole. A {@link RelataException}
   * if it cannot be written.
   */
  public void exportJson(Path file) {
    json.export(backend, Objects.requireNonNull(file, "file must not be null"));
  }

  /**
   * Upserts the rows of {@code json}, in the shape {@link #exportJson()} writes, into their tables,
   * in one atomic write; entities need no repository created first. A row may leave out its key
   * (the member name gives it) but not contradict it. Rows are stored as given: nothing is assigned
   * or deleted, and relation values a row carries are saved as by {@code save}.
   *
   * @return the number of rows read
   * @throws JsonInputException if the input is malformed or does not fit the entities (an unknown
   *     entity or field, a value or key of the wrong type, a number out of range); then nothing is
   *     written
   */
  public long importJson(String json) {
    return this.json.importJson(backend, Objects.requireNonNull(json, "json must not be null"));
  }

  /**
   * As {@link #importJson(String)}, from {@code file} (UTF-8, or any encoding Jackson detects); a
   * file that cannot be read is a {@link JsonInputException} that names it.
   */
  public long importJson(Path file) {
    return json.importJson(backend, Objects.requireNonNull(file, "file must not be null"));
  }

  /**
   * Runs {@code work} as one atomic write: every write it makes to this store, through any
   * repository or resolver, applies together when {@code work} returns, or not at all when it
   * throws.
   *
   * <pre>{@code
   * store.transaction(() -> {
   *   posts.comments(target).saveMany(posts.comments(source).find()); // move the comments
   *   posts.delete(source.getId());
   * });
   * }</pre>
   *
   * <ul>
   *   <li>If {@code work} throws, every write it made is undone, keys and foreign keys that saves
   *       wrote into your objects are set back, and the exception comes out unchanged (the same
   *       instance). A write inside that fails is undone alone, and its exception reaches {@code
   *       work}, which may catch it and go on.
   *   <li>Inside, reads on this thread see the transaction's writes. Other threads see none of them
   *       until it returns: their reads and writes wait for it (they read the state after it, never
   *       part of it). On a SQL database ({@code JdbcStore}) they do not wait: they read the state
   *       before it, and a write that conflicts with it fails (see its documentation).
   *   <li>Transactions and single writes are serializable: in memory they run one at a time. A
   *       transaction inside a transaction joins it (if the inner one throws, its own writes are
   *       undone).
   *   <li>{@code work} runs on the calling thread and holds up every other reader and writer of the
   *       store while it runs: keep it short, do no slow I/O in it, and never make it wait for
   *       another thread that uses the store (that thread waits for it: a deadlock).
   *   <li>The repository of an entity not used before may be created inside, unless its relations
   *       need an index on a table the transaction has written already (a {@link RelataException});
   *       create repositories before the transaction.
   * </ul>
   *
   * @throws NullPointerException if {@code work} is null
   * @throws RelataException if called from entity code (a getter, setter or constructor the store
   *     runs) or from a query callback ({@code where}, {@code orderBy}, {@code has}) on this
   *     thread; nothing runs and nothing changes
   */
  public void transaction(Runnable work) {
    Objects.requireNonNull(work, "work must not be null");
    backend.transaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code work} as one atomic write, as {@link #transaction(Runnable)} does, and returns what
   * it returns.
   *
   * <pre>{@code
   * Post copy = store.transaction(() -> posts.save(new Post(original.getTitle())));
   * }</pre>
   *
   * @return what {@code work} returned (which may be null)
   * @throws NullPointerException if {@code work} is null
   * @throws RelataException if called from entity code or a query callback, as {@link
   *     #transaction(Runnable)} says
   */
  public <T> T transaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work must not be null");
    return backend.transaction(work);
  }

  /** Where this store keeps its rows. */
  final Backend backend() {
    return backend;
  }

  JsonSupport json() {
    return json;
  }

  /** Settings of a new {@link Store}; every one has a default. */
  public static final class Builder {
    private ObjectMapper objectMapper;
    private boolean skipUnknownJsonFields;

    private Builder() {}

    /**
     * The mapper that reads and writes JSON values of field types Relata does not handle itself
     * (your own value objects, with your modules and annotations), and whose factory settings
     * (parser and generator features) every JSON read and write of the store uses. Default: a plain
     * {@code new ObjectMapper()}. Relata does not change it.
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.objectMapper = Objects.requireNonNull(mapper, "mapper must not be null");
      return this;
    }

    /**
     * Skips JSON fields that an entity does not have in {@code saveJson} and {@code importJson}; by
     * default they are refused with a {@link JsonInputException}.
     */
    public Builder skipUnknownJsonFields() {
      this.skipUnknownJsonFields = true;
      return this;
    }

    /** A new, empty store held in memory, with these settings. */
    public Store build() {
      return new Store(this);
    }
  }
}
