package dev.relata.examples.benchmark;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (a) Saving every post and comment of the {@link Dataset} into an empty store. A fresh, empty
 * store (for H2 a fresh database with the schema) is made before each call, outside the measured
 * time. JMH settings: {@link ContenderSettings}.
 */
public class SaveBenchmark extends ContenderSettings {
  /**
   * The contender: {@code relata}, {@code baseline} or {@code h2} by default; also {@code
   * relata-h2}, {@code jdbc-h2} and {@code hibernate} (on H2), {@code relata-pg}, {@code jdbc-pg}
   * and {@code hibernate-pg} (on the embedded PostgreSQL): see {@link Contender#create}.
   */
  @Param({"relata", "baseline", "h2"})
  public String impl;

  /** The number of posts. */
  @Param({"10000", "100000"})
  public int n;

  private Dataset data;
  private Contender store;

  /** Generates the rows to save. */
  @Setup(Level.Trial)
  public void generate() {
    data = Dataset.generate(n);
  }

  /** An empty store for the next call. */
  @Setup(Level.Invocation)
  public void emptyStore() {
    store = Contender.create(impl);
  }

  /** Drops the filled store. */
  @TearDown(Level.Invocation)
  public void dropStore() {
    store.close();
    store = null;
  }

  /** Saves every post, then every comment; returns how many rows were saved. */
  @Benchmark
  public int save() {
    return store.save(data.posts(), data.comments());
  }
}
