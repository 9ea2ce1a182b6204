#!/usr/bin/env bash
# Runs the JMH benchmarks of src/jmh/java (the analysis, chart drawing and a plan's scorecard), the way
# docs/benchmarks.md reports them. Pass a JMH filter to run fewer: bench/analysis.sh ChartBenchmark
# ScorecardBenchmark builds its database under target/bench/scorecard/ the first time (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-.*}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
