package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first query of a JVM may be ordered by a typed field and filtered by nothing: it holds a
 * {@code Field} and an {@code Order}, neither of which loads {@code Condition}, whose initializer
 * gives the store its view of a field's column. The test JVM has long loaded it, so this runs the
 * query in a JVM of its own.
 */
class FirstQueryInFreshJvmTest {
  @Test
  void anOrderedQueryAsTheFirstOfAJvmRuns() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), FirstQuery.class.getName())
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    process.waitFor(60, TimeUnit.SECONDS);
    assertEquals("[c, a]", output);
    assertEquals(0, process.exitValue());
  }

  /** Saves three items and prints the names of the two of highest rank, first thing in a JVM. */
  static final class FirstQuery {
    public static void main(String[] args) {
      ItemRepository items = new ItemRepository(Store.inMemory());
      items.saveAll(
          List.of(
              new Item(null, null, "t", 1, "a", "A"),
              new Item(null, null, "t", 0, "b", "B"),
              new Item(null, null, "t", 2, "c", "C")));
      List<Item> top = items.query().orderBy(Item_.rank.desc()).limit(2).get();
      System.out.println(top.stream().map(item -> item.name).toList());
    }
  }
}
