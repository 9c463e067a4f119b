package dev.relata.examples.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.Store;
import dev.relata.json.RelataModule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Relata's JSON against an {@code ObjectMapper} binding the same classes, plain ({@code jackson})
 * and with Blackbird ({@code blackbird}; see {@link JsonMappers}):
 *
 * <ul>
 *   <li>{@link #export} and {@link #importJson}: whole-store snapshots of 1,000,010 rows (90,910
 *       posts with 10 comments each), from the store to a string and from a string into an empty
 *       store. Relata: {@code store.exportJson()}, {@code store.importJson(json)}. The mappers:
 *       every row read ({@code all()}) into the same shape ({@code {"benchPosts": {"1": {...}},
 *       ...}}) and written; that shape read into maps of posts and comments and saved ({@code
 *       saveAll}). Every contender imports the document Relata exported.
 *   <li>{@link #exportObjects}: the mappers writing the same snapshot from maps they already hold,
 *       serialization alone, a stricter bar for {@code exportJson()}, which reads the store too.
 *   <li>{@link #saveJson}: 100,000 posts with their 10 comments each, nested (an array of posts as
 *       an API returns them), into an empty store. Relata: {@code posts.saveJson(json)}; the
 *       mappers read the document into posts and save them with {@code posts.saveAll(..)}, which
 *       normalizes the comments the same way. The save is the same work for all three, so {@link
 *       #read} measures the reading alone (Relata through an {@code ObjectMapper} with {@code
 *       RelataModule}, which reads with the generated codecs that {@code saveJson} uses).
 * </ul>
 *
 * JVM settings as in {@link ReadBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmarks {

  /** A store of posts and comments, its snapshot, and an empty store for each import. */
  @State(Scope.Benchmark)
  public static class Snapshot {
    /** The contender: {@code relata}, {@code jackson} or {@code blackbird}. */
    @Param({"relata", "jackson", "blackbird"})
    public String impl;

    /** The number of posts; rows are 11 times as many. */
    @Param({"90910"})
    public int posts;

    Store store;
    PostRepository postRows;
    CommentRepository commentRows;
    ObjectMapper mapper;
    String json;
    Store empty;

    /** Fills the store and exports the document that every contender imports. */
    @Setup(Level.Trial)
    public void load() {
      Dataset data = Dataset.generate(posts);
      store = Store.inMemory();
      postRows = new PostRepository(store);
      commentRows = new CommentRepository(store);
      postRows.saveAll(data.posts());
      commentRows.saveAll(data.comments());
      json = store.exportJson();
      mapper = impl.equals("relata") ? null : JsonMappers.create(impl, true);
    }

    /** An empty store for the next import. */
    @Setup(Level.Invocation)
    public void emptyStore() {
      empty = Store.inMemory();
    }
  }

  /** The mappers' snapshot, as maps of posts and comments built before the measurement. */
  @State(Scope.Benchmark)
  public static class Objects {
    /** The contender: {@code jackson} or {@code blackbird}. */
    @Param({"jackson", "blackbird"})
    public String impl;

    /** The number of posts; rows are 11 times as many. */
    @Param({"90910"})
    public int posts;

    ObjectMapper mapper;
    JsonMappers.Snapshot snapshot;

    /** Builds the maps from the dataset. */
    @Setup(Level.Trial)
    public void load() {
      Dataset data = Dataset.generate(posts);
      snapshot = new JsonMappers.Snapshot();
      for (Post post : data.posts()) {
        snapshot.posts.put(post.getId(), post);
      }
      for (Comment comment : data.comments()) {
        snapshot.comments.put(comment.getId(), comment);
      }
      mapper = JsonMappers.create(impl, true);
    }
  }

  /** A nested document of posts with their comments, and an empty store for each save. */
  @State(Scope.Benchmark)
  public static class Nested {
    /** The contender: {@code relata}, {@code jackson} or {@code blackbird}. */
    @Param({"relata", "jackson", "blackbird"})
    public String impl;

    /** The number of posts, each with 10 comments. */
    @Param({"100000"})
    public int nestedPosts;

    ObjectMapper mapper;
    ObjectMapper reader;
    String json;
    PostRepository empty;

    /** Writes the nested document. */
    @Setup(Level.Trial)
    public void load() {
      Dataset data = Dataset.generate(nestedPosts);
      Store store = Store.inMemory();
      PostRepository source = new PostRepository(store);
      source.saveAll(data.posts());
      new CommentRepository(store).saveAll(data.comments());
      json = source.toJson(source.withComments().get());
      mapper = impl.equals("relata") ? null : JsonMappers.create(impl, false);
      reader = mapper != null ? mapper : new ObjectMapper().registerModule(new RelataModule());
    }

    /** An empty store for the next save. */
    @Setup(Level.Invocation)
    public void emptyStore() {
      empty = new PostRepository(Store.inMemory());
    }
  }

  /** The whole store as a JSON string. */
  @Benchmark
  public String export(Snapshot s) throws JsonProcessingException {
    if (s.mapper == null) {
      return s.store.exportJson();
    }
    JsonMappers.Snapshot snapshot = new JsonMappers.Snapshot();
    for (Post post : s.postRows.all()) {
      snapshot.posts.put(post.getId(), post);
    }
    for (Comment comment : s.commentRows.all()) {
      snapshot.comments.put(comment.getId(), comment);
    }
    return s.mapper.writeValueAsString(snapshot);
  }

  /** The snapshot into an empty store; returns the number of rows. */
  @Benchmark
  public long importJson(Snapshot s) throws JsonProcessingException {
    if (s.mapper == null) {
      return s.empty.importJson(s.json);
    }
    JsonMappers.Snapshot snapshot = s.mapper.readValue(s.json, JsonMappers.Snapshot.class);
    return new PostRepository(s.empty).saveAll(snapshot.posts.values()).size()
        + new CommentRepository(s.empty).saveAll(snapshot.comments.values()).size();
  }

  /** The mappers' snapshot, written from the maps they hold. */
  @Benchmark
  public String exportObjects(Objects o) throws JsonProcessingException {
    return o.mapper.writeValueAsString(o.snapshot);
  }

  /** The nested document saved into an empty store; returns the number of posts. */
  @Benchmark
  public int saveJson(Nested n) throws JsonProcessingException {
    if (n.mapper == null) {
      return n.empty.saveJson(n.json).size();
    }
    return n.empty.saveAll(n.mapper.readValue(n.json, JsonMappers.POSTS)).size();
  }

  /** The nested document read into posts with their comments, nothing saved. */
  @Benchmark
  public List<Post> read(Nested n) throws JsonProcessingException {
    return n.reader.readValue(n.json, JsonMappers.POSTS);
  }
}
