package dev.relata.examples.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The main class of {@code benchmarks.jar}: measures memory per row ({@link MemoryFootprint}, one
 * JVM per contender and size), runs the JMH benchmarks with the given JMH options, and prints both
 * side by side with the ratios the performance targets are stated in ({@link BenchmarkReport}).
 *
 * <p>It takes JMH's command line: {@code java -jar benchmarks.jar -p n=10000 ReadBenchmarks}
 * measures 10,000 posts and the reads only, and the memory of the sizes and contenders that {@code
 * -p n=...} and {@code -p impl=...} select. {@code -Dmemory=false} leaves memory out; {@code -h}
 * and {@code -l} work as in JMH.
 */
public final class BenchmarkMain {
  /** The sizes and contenders measured unless {@code -p} says otherwise. */
  static final List<String> SIZES = List.of("10000", "100000");

  static final List<String> CONTENDERS = List.of("relata", "baseline", "h2");

  /** The contenders of the time tables: CQEngine answers the index reads only. */
  static final List<String> READERS = List.of("relata", "baseline", "h2", "cqengine");

  private BenchmarkMain() {}

  /** Runs the memory measurement and the benchmarks; arguments are JMH's. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      Main.main(args);
      return;
    }
    List<String> sizes = new ArrayList<>(options.getParameter("n").orElse(SIZES));
    List<String> contenders = new ArrayList<>(options.getParameter("impl").orElse(CONTENDERS));

    BenchmarkReport report = new BenchmarkReport();
    if (!"false".equals(System.getProperty("memory"))) {
      for (String n : sizes) {
        for (String impl : contenders) {
          measureMemory(report, impl, n);
        }
      }
      System.out.println(report.memoryTable());
    }
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      System.err.println("The benchmarks failed: " + e.getMessage());
      throw e;
    }
    for (RunResult result : results) {
      report.add(result);
    }
    System.out.println();
    System.out.println(report);
  }

  /** Runs {@link MemoryFootprint} in a fresh JVM and records what it found. */
  private static void measureMemory(BenchmarkReport report, String impl, String n)
      throws IOException, InterruptedException {
    MemoryFootprint.Retained retained;
    try {
      retained = MemoryFootprint.measureInFreshJvm(impl, Integer.parseInt(n), Dataset.Stage.ALL);
    } catch (IllegalStateException e) {
      System.err.println("# " + e.getMessage());
      return;
    }
    report.addMemory(impl, Integer.parseInt(n), retained.rows(), retained.bytes());
    System.out.println(
        "# memory: " + impl + ", n=" + n + ": " + retained.bytes() + " bytes for " + retained.rows() + " rows");
  }
}
