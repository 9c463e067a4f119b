package dev.relata.examples.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The figures of one run as Markdown tables: time per operation for each contender and size, the
 * ratios Relata/baseline, H2/Relata and CQEngine/Relata, the scaling from the smaller to the larger
 * size, memory per row, what indexes cost a save, and the performance targets (met or missed).
 */
final class BenchmarkReport {
  /**
   * The operations in the order of the report: benchmark method, label, the most Relata/baseline,
   * the least H2/Relata and the least CQEngine/Relata that the targets allow ("" for none).
   */
  private static final String[][] OPERATIONS = {
    {"save", "(a) save every post and comment", "2.0", "10", ""},
    {"withComments", "(b) withComments() over every post", "1.5", "10", ""},
    {"withPost", "(c) withPost() over every comment", "1.5", "10", ""},
    {"countriesWithPosts", "(d) countries withPosts() through users", "1.5", "10", ""},
    {"newestComments", "(e) 3 newest comments of every post", "1.5", "10", ""},
    {"find", "(f) find by key, 1000 lookups", "1.5", "10", ""},
    {"where", "(g) where(views > 899) over every post", "", "10", ""},
    {"byUser", "(h) posts of 1000 users, userId.eq (≈10 each)", "1.5", "30", "3"},
    {"bySlug", "(i) 1000 posts by an @Index(unique) slug, slug.eq", "1.5", "30", "3"},
    {"createdBetween", "(j) 1% of posts, createdAt.between, @Index(sorted)", "2.0", "10", ""},
    {"newest", "(k) 10 newest posts, orderBy(createdAt.desc()).limit(10)", "2.0", "10", ""},
  };

  private static final double MEMORY_TARGET = 1.5;

  /** The most that saving rows with two indexes (one unique) may take over saving them without. */
  private static final double INDEX_SAVE_TARGET = 1.5;

  /** Operation → posts → contender → [score, error] in ms/op. */
  private final Map<String, Map<Integer, Map<String, double[]>>> times = new TreeMap<>();

  /** Posts → contender → [rows, bytes]. */
  private final Map<Integer, Map<String, long[]>> memory = new TreeMap<>();

  void add(RunResult result) {
    String impl = result.getParams().getParam("impl");
    if (impl == null) {
      return; // not a contender benchmark (AdversarialKeysBenchmark, DeleteBenchmark): JMH's table
    }
    String benchmark = result.getParams().getBenchmark();
    String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    int n = Integer.parseInt(result.getParams().getParam("n"));
    Result<?> primary = result.getPrimaryResult();
    times
        .computeIfAbsent(operation, k -> new TreeMap<>())
        .computeIfAbsent(n, k -> new TreeMap<>())
        .put(impl, new double[] {primary.getScore(), primary.getScoreError()});
  }

  void addMemory(String impl, int n, long rows, long bytes) {
    memory.computeIfAbsent(n, k -> new TreeMap<>()).put(impl, new long[] {rows, bytes});
  }

  private double time(String operation, int n, String impl) {
    double[] score = times.getOrDefault(operation, Map.of()).getOrDefault(n, Map.of()).get(impl);
    return score == null ? Double.NaN : score[0];
  }

  private double bytesPerRow(int n, String impl) {
    long[] m = memory.getOrDefault(n, Map.of()).get(impl);
    return m == null ? Double.NaN : (double) m[1] / m[0];
  }

  String timeTable() {
    StringBuilder s = new StringBuilder();
    s.append("Time per operation (ms/op, mean ± 99.9% error; lower is better)\n\n");
    s.append(
            "| operation | posts | Relata | baseline | H2 | CQEngine | Relata/baseline | H2/Relata")
        .append(" | CQEngine/Relata |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String[] op : OPERATIONS) {
      Map<Integer, Map<String, double[]>> bySize = times.get(op[0]);
      if (bySize == null) {
        continue;
      }
      for (Map.Entry<Integer, Map<String, double[]>> e : bySize.entrySet()) {
        int n = e.getKey();
        s.append("| ").append(op[1]).append(" | ").append(count(n));
        for (String impl : BenchmarkMain.READERS) {
          double[] score = e.getValue().get(impl);
          s.append(" | ").append(score == null ? "–" : ms(score[0]) + " ± " + ms(score[1]));
        }
        s.append(" | ").append(ratio(time(op[0], n, "relata") / time(op[0], n, "baseline")));
        s.append(" | ").append(ratio(time(op[0], n, "h2") / time(op[0], n, "relata")));
        s.append(" | ").append(ratio(time(op[0], n, "cqengine") / time(op[0], n, "relata")));
        s.append(" |\n");
      }
    }
    return s.toString();
  }

  String scalingTable() {
    List<Integer> sizes = new ArrayList<>(sizes());
    if (sizes.size() < 2) {
      return "";
    }
    int small = sizes.get(0);
    int large = sizes.get(sizes.size() - 1);
    StringBuilder s = new StringBuilder();
    s.append("Scaling: time per post at ")
        .append(count(large))
        .append(" posts over time per post at ")
        .append(count(small))
        .append(" (1.00 = linear; find does a fixed 1000 lookups, so its ratio is of times)\n\n");
    s.append("| operation | Relata | baseline | H2 |\n");
    s.append("|---|---:|---:|---:|\n");
    for (String[] op : OPERATIONS) {
      if (!times.containsKey(op[0])) {
        continue;
      }
      double factor = op[0].equals("find") ? 1 : (double) large / small;
      s.append("| ").append(op[1]);
      for (String impl : BenchmarkMain.CONTENDERS) {
        double r = time(op[0], large, impl) / (time(op[0], small, impl) * factor);
        s.append(" | ").append(Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r));
      }
      s.append(" |\n");
    }
    return s.toString();
  }

  String memoryTable() {
    if (memory.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    s.append("Memory per stored row (retained heap after GC / rows; countries, users, posts and")
        .append(" comments)\n\n");
    s.append("| posts | rows | Relata | baseline | H2 | Relata/baseline | H2/Relata |\n");
    s.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, long[]>> e : memory.entrySet()) {
      int n = e.getKey();
      long rows = e.getValue().values().iterator().next()[0];
      s.append("| ").append(count(n)).append(" | ").append(count(rows));
      for (String impl : BenchmarkMain.CONTENDERS) {
        double b = bytesPerRow(n, impl);
        s.append(" | ").append(Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.0f B", b));
      }
      s.append(" | ").append(ratio(bytesPerRow(n, "relata") / bytesPerRow(n, "baseline")));
      s.append(" | ").append(ratio(bytesPerRow(n, "h2") / bytesPerRow(n, "relata")));
      s.append(" |\n");
    }
    return s.toString();
  }

  /**
   * Saving rows with two indexes against saving them without ({@link IndexSaveBenchmark}), by
   * Relata and by hand.
   */
  String indexSaveTable() {
    Map<Integer, Map<String, double[]>> bySize = times.get("saveRows");
    if (bySize == null) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    s.append("(l) Saving every post as a row with two indexes (a unique slug, a sorted createdAt)")
        .append(" against the same rows without (ms/op)\n\n");
    s.append("| posts | saved by | without indexes | with two indexes | with/without |\n");
    s.append("|---:|---|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, double[]>> e : bySize.entrySet()) {
      String[][] pairs = {{"Relata", "plain", "indexed"}, {"hand", "handPlain", "handIndexed"}};
      for (String[] pair : pairs) {
        double[] plain = e.getValue().get(pair[1]);
        double[] indexed = e.getValue().get(pair[2]);
        if (plain == null && indexed == null) {
          continue;
        }
        s.append("| ").append(count(e.getKey())).append(" | ").append(pair[0]);
        for (double[] score : new double[][] {plain, indexed}) {
          s.append(" | ").append(score == null ? "–" : ms(score[0]) + " ± " + ms(score[1]));
        }
        s.append(" | ").append(ratio(indexSaveRatio(e.getKey(), pair[1], pair[2]))).append(" |\n");
      }
    }
    return s.toString();
  }

  private double indexSaveRatio(int n, String plain, String indexed) {
    return time("saveRows", n, indexed) / time("saveRows", n, plain);
  }

  String targetTable() {
    StringBuilder s = new StringBuilder();
    s.append("Targets (ratios of this run)\n\n");
    s.append("| target | posts | measured | |\n");
    s.append("|---|---:|---:|---|\n");
    targets(s, 2, "relata", "baseline", "Relata/baseline ≤ ");
    for (int n : memory.keySet()) {
      double r = bytesPerRow(n, "relata") / bytesPerRow(n, "baseline");
      s.append(row("memory per row: Relata/baseline ≤ 1.5", n, r, r <= MEMORY_TARGET));
    }
    targets(s, 3, "h2", "relata", "H2/Relata ≥ ");
    targets(s, 4, "cqengine", "relata", "CQEngine/Relata ≥ ");
    if (times.containsKey("saveRows")) {
      for (int n : times.get("saveRows").keySet()) {
        double r = indexSaveRatio(n, "plain", "indexed");
        s.append(
            row(
                "(l) save with two indexes: with/without ≤ " + INDEX_SAVE_TARGET,
                n,
                r,
                r <= INDEX_SAVE_TARGET));
      }
    }
    return s.toString();
  }

  /**
   * The rows of the targets in {@code op[column]}: the time of {@code over} divided by that of
   * {@code under} at most the target (a {@code label} with "≤") or at least it ("≥").
   */
  private void targets(StringBuilder s, int column, String over, String under, String label) {
    boolean atMost = label.contains("≤");
    for (String[] op : OPERATIONS) {
      if (op[column].isEmpty() || !times.containsKey(op[0])) {
        continue;
      }
      double target = Double.parseDouble(op[column]);
      for (int n : times.get(op[0]).keySet()) {
        double r = time(op[0], n, over) / time(op[0], n, under);
        s.append(row(op[1] + ": " + label + op[column], n, r, atMost ? r <= target : r >= target));
      }
    }
  }

  private static String row(String target, int n, double ratio, boolean met) {
    return "| "
        + target
        + " | "
        + count(n)
        + " | "
        + ratio(ratio)
        + " | "
        + (Double.isNaN(ratio) ? "–" : met ? "met" : "**missed**")
        + " |\n";
  }

  private TreeSet<Integer> sizes() {
    TreeSet<Integer> sizes = new TreeSet<>(memory.keySet());
    for (Map<Integer, Map<String, double[]>> bySize : times.values()) {
      sizes.addAll(bySize.keySet());
    }
    return sizes;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String ms(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    String format = value < 1 ? "%.3f" : value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f";
    return String.format(Locale.ROOT, format, value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
  }

  @Override
  public String toString() {
    return String.join(
        "\n", timeTable(), scalingTable(), memoryTable(), indexSaveTable(), targetTable());
  }
}
