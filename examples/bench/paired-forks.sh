#!/usr/bin/env bash
# Runs two contenders of the benchmarks in paired, interleaved forks: one JMH invocation of one fork
# per contender, the pairs alternating which goes first (A B, B A, A B, ...), so that a machine that
# drifts over the minutes (another VM on the host, the CPU's clock) weighs on both alike; then
# paired-forks.py gives each operation's ratio of means and its bootstrap interval over the pairs.
#
# Usage, from the project root, after `mvn -B -Pbenchmarks -pl examples -am package -DskipTests`:
#   examples/bench/paired-forks.sh PAIRS 'BENCHMARK_REGEX' N OUT_DIR IMPL_A IMPL_B [JMH options...]
# e.g.
#   examples/bench/paired-forks.sh 6 'ReadBenchmarks\.' 10000 /tmp/pairs relata-h2 jdbc-h2 -wi 5 -w 2
#   python3 examples/bench/paired-forks.py /tmp/pairs relata-h2 jdbc-h2
# Each fork measures -i 5 -r 2 on a 2 GiB heap, as docs/BENCHMARKS.md's runs of issue 13 do, and
# warms up -wi 2 -w 1 unless the options give -wi or -w.
set -u
if (( $# < 6 )); then
  sed -n "2,/^set -u/p" "$0" | grep "^#" | cut -c3- >&2
  exit 2
fi
PAIRS=$1 BENCH=$2 N=$3 OUT=$4 A=$5 B=$6
shift 6
JAR=examples/target/benchmarks.jar
# The warm-up defaults, each left out where the options give it (JMH takes an option once).
WARMUP_ITERATIONS=(-wi 2)
WARMUP_TIME=(-w 1)
for option in "$@"; do
  if [[ $option == -wi ]]; then WARMUP_ITERATIONS=(); fi
  if [[ $option == -w ]]; then WARMUP_TIME=(); fi
done
mkdir -p "$OUT"
for ((i = 1; i <= PAIRS; i++)); do
  if ((i % 2)); then order=("$A" "$B"); else order=("$B" "$A"); fi
  for impl in "${order[@]}"; do
    java -cp "$JAR" org.openjdk.jmh.Main "$BENCH" -p impl="$impl" -p n="$N" "${WARMUP_ITERATIONS[@]}" "${WARMUP_TIME[@]}" \
      -i 5 -r 2 -f 1 -jvmArgsAppend "-Xms2g -Xmx2g" "$@" -rf json -rff "$OUT/$i-$impl.json" \
      > "$OUT/$i-$impl.log" 2>&1 || { echo "pair $i, $impl failed: see $OUT/$i-$impl.log" >&2; exit 1; }
    echo "pair $i: $impl done $(date +%T)"
  done
done
