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
 * Saving nested JSON: 100,000 posts with 10 comments each, one array of posts that carry their
 * comments (as an API returns them), into an empty store: {@code relata} is {@code
 * posts.saveJson(json)}; {@code jackson} and {@code blackbird} read the same document into posts
 * with an {@code ObjectMapper} and save them with {@code posts.saveAll(..)}, which normalizes the
 * comments the same way. The save itself is the same work for all three, so {@link #read} measures
 * the reading alone: for {@code relata}, an {@code ObjectMapper} with {@code RelataModule}, which
 * reads through the generated codecs that {@code saveJson} uses. JVM settings as in {@link
 * ReadBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class SaveJsonBenchmark {
  /** The contender: {@code relata}, {@code jackson} or {@code blackbird}. */
  @Param({"relata", "jackson", "blackbird"})
  public String impl;

  /** The number of posts, each with 10 comments. */
  @Param({"100000"})
  public int n;

  private ObjectMapper mapper;
  private ObjectMapper reader;
  private String json;
  private PostRepository posts;

  /** Writes the nested document. */
  @Setup(Level.Trial)
  public void load() {
    Dataset data = Dataset.generate(n);
    Store store = Store.inMemory();
    PostRepository source = new PostRepository(store);
    source.saveAll(data.posts());
    new CommentRepository(store).saveAll(data.comments());
    json = source.toJson(source.withComments().get());
    if (impl.equals("relata")) {
      reader = new ObjectMapper().registerModule(new RelataModule());
    } else {
      mapper = JsonMappers.create(impl, false);
      reader = mapper;
    }
  }

  /** An empty store for the next save. */
  @Setup(Level.Invocation)
  public void emptyStore() {
    posts = new PostRepository(Store.inMemory());
  }

  /** Saves the document; returns the number of posts. */
  @Benchmark
  public int saveJson() throws JsonProcessingException {
    if (mapper == null) {
      return posts.saveJson(json).size();
    }
    return posts.saveAll(mapper.readValue(json, JsonMappers.POSTS)).size();
  }

  /** Reads the document into posts with their comments, saving nothing; returns the posts. */
  @Benchmark
  public List<Post> read() throws JsonProcessingException {
    return reader.readValue(json, JsonMappers.POSTS);
  }
}
