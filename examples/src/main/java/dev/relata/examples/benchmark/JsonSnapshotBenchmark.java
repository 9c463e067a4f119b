package dev.relata.examples.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.Store;
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
 * Whole-store JSON snapshots of about 1,000,000 rows (90,910 posts with 10 comments each: 1,000,010
 * rows), both ways, from the store to a string and from a string into an empty store:
 *
 * <ul>
 *   <li>{@code relata}: {@code store.exportJson()}, {@code store.importJson(json)};
 *   <li>{@code jackson}, {@code blackbird}: an {@code ObjectMapper} (plain, or with Blackbird)
 *       binding the same classes: export reads every row ({@code all()}) into the same shape
 *       ({@code {"benchPosts": {"1": {...}}, ...}}) and writes it; import reads that shape into
 *       maps of posts and comments and saves them ({@code saveAll}).
 * </ul>
 *
 * Import reads the document Relata exported, for every contender. JVM settings as in {@link
 * ReadBenchmarks}; {@link JsonWriteBenchmark} has the mappers writing objects they already hold.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class JsonSnapshotBenchmark {
  /** The contender: {@code relata}, {@code jackson} or {@code blackbird}. */
  @Param({"relata", "jackson", "blackbird"})
  public String impl;

  /** The number of posts; rows are 11 times as many. */
  @Param({"90910"})
  public int n;

  private Store store;
  private PostRepository posts;
  private CommentRepository comments;
  private ObjectMapper mapper;
  private String json;

  private Store empty;

  /** Fills the store and exports the document that every contender imports. */
  @Setup(Level.Trial)
  public void load() {
    Dataset data = Dataset.generate(n);
    store = Store.inMemory();
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    posts.saveAll(data.posts());
    comments.saveAll(data.comments());
    json = store.exportJson();
    if (!impl.equals("relata")) {
      mapper = JsonMappers.create(impl, true);
    }
  }

  /** An empty store for the next import. */
  @Setup(Level.Invocation)
  public void emptyStore() {
    empty = Store.inMemory();
  }

  /** The whole store as a JSON string; returns it. */
  @Benchmark
  public String export() throws JsonProcessingException {
    if (mapper == null) {
      return store.exportJson();
    }
    JsonMappers.Snapshot snapshot = new JsonMappers.Snapshot();
    for (Post post : posts.all()) {
      snapshot.posts.put(post.getId(), post);
    }
    for (Comment comment : comments.all()) {
      snapshot.comments.put(comment.getId(), comment);
    }
    return mapper.writeValueAsString(snapshot);
  }

  /** The document into an empty store; returns the number of rows. */
  @Benchmark
  public long importJson() throws JsonProcessingException {
    if (mapper == null) {
      return empty.importJson(json);
    }
    JsonMappers.Snapshot snapshot = mapper.readValue(json, JsonMappers.Snapshot.class);
    return new PostRepository(empty).saveAll(snapshot.posts.values()).size()
        + new CommentRepository(empty).saveAll(snapshot.comments.values()).size();
  }
}
