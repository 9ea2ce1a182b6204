package org.scrutiny.bench;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.Plans;
import org.scrutiny.scorecard.Scorecard;
import org.scrutiny.scorecard.Scorecards;
import org.scrutiny.series.Observations;
import org.scrutiny.store.Engine;

/**
 * How long a plan's scorecard takes to make: {@link ScorecardData}'s plan of 200 monthly indicators with ten years
 * of data, half of them compared with the 43 forces that hold their measures, as at the end of the tenth year. The
 * goal of issue 6 is under 200 ms. Each round is one whole scorecard, as {@code plan scorecard} makes it: the
 * one query of the plan's series, 200 charts and target assessments, and the peer comparison's queries.
 *
 * <p>The database is built the first time it is needed ({@link ScorecardDatabases}; under a minute on SQLite), and
 * reused by later runs and forks. {@code -p engine=POSTGRESQL} runs it on PostgreSQL.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorecardBenchmark {
    @Param({"SQLITE"})
    Engine engine;

    private ScorecardDatabases.Opened db;
    private Plan plan;
    private Scorecards scorecards;

    @Setup(Level.Trial)
    public void openTheDatabase() throws IOException {
        db = ScorecardDatabases.open(engine);
        plan = Plans.on(db.database()).find(ScorecardData.PLAN).orElseThrow();
        scorecards = new Scorecards(Observations.on(db.database()), PeerComparisons.on(db.database()));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
    }

    /** Warm: the JIT has compiled the code, and the database file is in the operating system's cache. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 30)
    @Measurement(iterations = 20)
    @Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
    public Scorecard scorecardOfTwoHundredIndicators() {
        return scorecards.of(plan, ScorecardData.AS_AT, null);
    }

    /** Cold: the first scorecard a fresh JVM makes, after opening the database and reading the plan. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
    public Scorecard firstScorecardInAFreshJvm() {
        return scorecards.of(plan, ScorecardData.AS_AT, null);
    }
}
