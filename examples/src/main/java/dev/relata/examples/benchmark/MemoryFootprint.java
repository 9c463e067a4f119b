package dev.relata.examples.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * (h) Memory per stored row: the heap that a contender's store retains after a full GC, divided by
 * the rows it holds (countries, users, posts and comments).
 *
 * <p>Run in a JVM of its own for each contender and size ({@link BenchmarkMain} starts them):
 * {@code java -cp benchmarks.jar dev.relata.examples.benchmark.MemoryFootprint relata 100000}
 * prints one line {@code impl n rows retainedBytes}. The contender's classes are loaded and
 * initialized with a small store first; the heap is measured after an empty store has been created
 * and again after it holds every row, so fixed costs are left out. The rows' strings and boxed keys
 * count: they are what a store keeps.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  /** Measures one contender at one size; arguments: {@code impl n}. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: MemoryFootprint <relata|baseline|h2> <posts>");
    }
    String impl = args[0];
    int n = Integer.parseInt(args[1]);
    try (Contender warmUp = Contender.create(impl)) {
      warmUp.load(Dataset.generate(100));
    }
    Contender contender = Contender.create(impl);
    long before = usedAfterGc();
    int rows = fill(contender, n);
    long after = usedAfterGc();
    Reference.reachabilityFence(contender);
    System.out.println(impl + " " + n + " " + rows + " " + (after - before));
    contender.close();
  }

  /** Loads the dataset into {@code contender}; the input objects are garbage on return. */
  private static int fill(Contender contender, int n) {
    Dataset data = Dataset.generate(n);
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
