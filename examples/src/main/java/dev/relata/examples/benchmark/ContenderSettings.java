package dev.relata.examples.benchmark;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks that compare contenders ({@link ReadBenchmarks}, {@link
 * SaveBenchmark}, {@link IndexBenchmarks}, {@link IndexSaveBenchmark}), which inherit them: average
 * time in ms, 4 warmup iterations of 2 s and 8 measured ones of 3 s, one fork per parameter set, so
 * that the contenders do not share a heap or a JIT profile.
 *
 * <p>The forks get a fixed 8 GiB heap that is touched when the JVM starts ({@code
 * -XX:+AlwaysPreTouch}): otherwise the first use of each page of the young generation, a page fault
 * the kernel has to serve, is measured too, and on the virtual machines we measured on that made
 * some reads ten times slower, differently from run to run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public abstract class ContenderSettings {}
