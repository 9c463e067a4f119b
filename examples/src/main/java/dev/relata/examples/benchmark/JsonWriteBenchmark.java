package dev.relata.examples.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The {@code ObjectMapper}s of {@link JsonSnapshotBenchmark} writing the same snapshot from objects
 * they already hold (the maps of posts and comments built before the measurement): the cost of
 * serialization alone, a stricter bar for {@code store.exportJson()}, which reads the store too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class JsonWriteBenchmark {
  /** The contender: {@code jackson} or {@code blackbird}. */
  @Param({"jackson", "blackbird"})
  public String impl;

  /** The number of posts; rows are 11 times as many. */
  @Param({"90910"})
  public int n;

  private ObjectMapper mapper;
  private JsonMappers.Snapshot snapshot;

  /** Builds the snapshot's maps from the dataset. */
  @Setup(Level.Trial)
  public void load() {
    Dataset data = Dataset.generate(n);
    snapshot = new JsonMappers.Snapshot();
    for (Post post : data.posts()) {
      snapshot.posts.put(post.getId(), post);
    }
    for (Comment comment : data.comments()) {
      snapshot.comments.put(comment.getId(), comment);
    }
    mapper = JsonMappers.create(impl, true);
  }

  /** The snapshot as a JSON string. */
  @Benchmark
  public String export() throws JsonProcessingException {
    return mapper.writeValueAsString(snapshot);
  }
}
