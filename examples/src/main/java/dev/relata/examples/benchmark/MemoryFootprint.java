package dev.relata.examples.benchmark;

import dev.relata.examples.benchmark.Dataset.Stage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * (h) Memory per stored row: the heap that a contender's store retains after a full GC, divided by
 * the rows it holds (countries, users, posts and comments).
 *
 * <p>Run in a JVM of its own for each contender and size ({@link BenchmarkMain} starts them):
 * {@code java -cp benchmarks.jar dev.relata.examples.benchmark.MemoryFootprint relata 100000}
 * prints one line {@code impl n rows retainedBytes}. The contender's classes are loaded and
 * initialized with a small store first; the heap is measured after an empty store has been created
 * and again after it holds every row, so fixed costs are left out. The rows' strings and boxed keys
 * count: they are what a store keeps. A third argument, a {@link Stage} ({@code users}, {@code
 * posts}), loads only the entities up to it: {@link MemoryPerEntity} tells the entities apart by
 * the differences between stages.
 */
public final class MemoryFootprint {
  /** The heap of the JVMs that measure memory: that of the benchmark forks. */
  private static final String HEAP = "-Xmx8g";

  private MemoryFootprint() {}

  /** What one measurement found: the rows stored and the bytes the store retains for them. */
  record Retained(int rows, long bytes) {}

  /** Measures one contender at one size; arguments: {@code impl n [stage]}. */
  public static void main(String[] args) {
    if (args.length != 2 && args.length != 3) {
      throw new IllegalArgumentException(
          "usage: MemoryFootprint <relata|baseline|h2> <posts> [users|posts|all]");
    }
    String impl = args[0];
    int n = Integer.parseInt(args[1]);
    Stage stage = args.length == 3 ? Stage.valueOf(args[2].toUpperCase(Locale.ROOT)) : Stage.ALL;
    try (Contender warmUp = Contender.create(impl)) {
      warmUp.load(Dataset.generate(100));
    }
    Contender contender = Contender.create(impl);
    long before = usedAfterGc();
    int rows = fill(contender, n, stage);
    long after = usedAfterGc();
    Reference.reachabilityFence(contender);
    System.out.println(impl + " " + n + " " + rows + " " + (after - before));
    contender.close();
  }

  /**
   * Runs {@link #main} in a fresh JVM (so that nothing measured before stays in its heap) and reads
   * the line it prints.
   *
   * @throws IllegalStateException naming the contender and size when the JVM fails
   */
  static Retained measureInFreshJvm(String impl, int n, Stage stage)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                MemoryFootprint.class.getName(),
                impl,
                Integer.toString(n),
                stage.name().toLowerCase(Locale.ROOT))
            .redirectErrorStream(true)
            .start();
    String last = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        last = line;
      }
    }
    int status = process.waitFor();
    String[] fields = last == null ? new String[0] : last.trim().split(" ");
    if (status != 0 || fields.length != 4) {
      throw new IllegalStateException(
          "memory of " + impl + " at n=" + n + " (" + stage + ") failed: " + last);
    }
    return new Retained(Integer.parseInt(fields[2]), Long.parseLong(fields[3]));
  }

  /** Loads the dataset up to {@code stage} into {@code contender}; the input objects are garbage on return. */
  private static int fill(Contender contender, int n, Stage stage) {
    Dataset data = Dataset.generate(n).upTo(stage);
    contender.load(data);
    return data.rowCount();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
