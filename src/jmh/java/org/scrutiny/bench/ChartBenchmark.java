package org.scrutiny.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.scrutiny.analysis.ChartKind;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.QicChart;
import org.scrutiny.analysis.QicSettings;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrSettings;

/**
 * How long the analysis takes to chart a plan's worth of series: 1,000 series of 60 monthly points (five
 * years), the goal of issue 3 being under 50 ms for all of them. The series are random walks with a step
 * change, so that every rule has work to do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ChartBenchmark {
    static final int SERIES = 1000;
    static final int POINTS = 60;

    double[][] values;
    double[][] denominators;
    XmrSettings xmr;

    @Setup
    public void makeSeries() {
        SplittableRandom random = new SplittableRandom(2017);
        values = new double[SERIES][POINTS];
        denominators = new double[SERIES][POINTS];
        for (int s = 0; s < SERIES; s++) {
            double level = 100 + random.nextDouble(400);
            for (int i = 0; i < POINTS; i++) {
                level += random.nextDouble(-5, 5) + (i == 40 ? 30 : 0);
                denominators[s][i] = 800 + random.nextInt(400);
                values[s][i] = Math.max(0, Math.round(level));
            }
        }
        xmr = XmrSettings.defaults().withImprovementDirection(ImprovementDirection.DECREASE);
    }

    /** 1,000 XmR charts with the Making Data Count rules. */
    @Benchmark
    public void xmrChartsForAThousandSeries(Blackhole sink) {
        for (double[] series : values) {
            sink.consume(XmrChart.of(series, xmr));
        }
    }

    /** 1,000 P charts (qicharts2) with varying denominators and the Anhøj runs rules. */
    @Benchmark
    public void pChartsForAThousandSeries(Blackhole sink) {
        QicSettings settings = QicSettings.defaults();
        for (int s = 0; s < SERIES; s++) {
            sink.consume(QicChart.of(ChartKind.P, values[s], denominators[s], settings));
        }
    }
}
