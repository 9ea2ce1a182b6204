package org.scrutiny.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.scrutiny.analysis.ChartKind;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.QicChart;
import org.scrutiny.analysis.QicSettings;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrSettings;

/** Series for the chart tests: real Suffolk data and synthetic series with every kind of signal. */
final class ChartFixtures {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private ChartFixtures() {}

    /** Labels "Apr 2015", "May 2015"… for {@code count} months from {@code first}. */
    static List<String> months(YearMonth first, int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(first.plusMonths(i).format(MONTH));
        }
        return labels;
    }

    /**
     * Ten years of monthly counts (lower is better) with a gap of two months, a point above the upper
     * limit, a rising trend, a run below the mean and a rebase after which the level drops.
     */
    static double[] tenYearsOfMonths() {
        Random random = new Random(20_240_401L);
        double[] values = new double[120];
        for (int i = 0; i < values.length; i++) {
            double level = i < 96 ? 100 : 84;
            values[i] = Math.round(level + random.nextGaussian() * 4);
        }
        values[20] = Double.NaN;
        values[21] = Double.NaN;
        values[40] = 128;
        for (int k = 0; k < 7; k++) {
            values[58 + k] = 96 + 2.5 * k;
        }
        for (int k = 0; k < 8; k++) {
            values[76 + k] = 93 + (k % 3);
        }
        values[110] = 66;
        return values;
    }

    static XmrChart tenYearsChart(ImprovementDirection direction) {
        return XmrChart.of(
                tenYearsOfMonths(),
                XmrSettings.defaults()
                        .withImprovementDirection(direction)
                        .withRebaseAt(96)
                        .withTarget(90));
    }

    /** Proportions of calls answered in time, with denominators from 40 to 400 and two bad months. */
    static QicChart pChart() {
        Random random = new Random(7L);
        double[] answered = new double[36];
        double[] calls = new double[36];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = 40 + random.nextInt(360);
            answered[i] = Math.round(calls[i] * (0.82 + random.nextGaussian() * 0.02));
        }
        answered[14] = Math.round(calls[14] * 0.6);
        answered[30] = Math.round(calls[30] * 0.95);
        calls[22] = Double.NaN;
        answered[22] = Double.NaN;
        return QicChart.of(ChartKind.P, answered, calls, QicSettings.defaults());
    }

    record Suffolk(List<String> labels, double[] values) {}

    /**
     * Suffolk's total recorded crime, rolling 12-month totals labelled "Mar 2003"…: the sum of its offences
     * in the bundled Home Office table, as {@code home-office/crime/total} holds it.
     */
    static Suffolk suffolkTotal() {
        return suffolkSum(offence -> true);
    }

    /**
     * Suffolk's domestic burglary, continued by residential burglary from April 2017, as {@code
     * home-office/crime/domestic-or-residential-burglary} holds it.
     */
    static Suffolk suffolkDomesticOrResidentialBurglary() {
        return suffolkSum(offence -> offence.equals("Domestic burglary") || offence.equals("Residential burglary"));
    }

    private static Suffolk suffolkSum(Predicate<String> offences) {
        Map<YearMonth, Double> totals = new TreeMap<>();
        try (BufferedReader table = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of("examples/data/rec-crime-pfa.csv.gz"))),
                StandardCharsets.UTF_8))) {
            // 12 months ending,PFA,Region,Offence,Rolling year total number of offences; no quoted commas.
            table.lines()
                    .skip(1)
                    .map(line -> line.split(","))
                    .filter(cells -> cells[1].equals("Suffolk") && offences.test(cells[3]))
                    .forEach(cells -> {
                        String[] date = cells[0].split("-");
                        YearMonth month = YearMonth.of(Integer.parseInt(date[2]), Integer.parseInt(date[1]));
                        totals.merge(month, Double.parseDouble(cells[4]), Double::sum);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Suffolk(
                totals.keySet().stream().map(month -> month.format(MONTH)).toList(),
                totals.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Residential burglaries in the 12 months to December 2018 and mid-2018 populations of the police force
     * areas of England (the bundled Home Office slice and ONS estimates; Wales has no population there), one
     * unit per force.
     */
    static List<FunnelPlot.Unit> residentialBurglary2018() {
        Map<String, Double> burglaries = new TreeMap<>();
        try (BufferedReader table = Files.newBufferedReader(
                Path.of("src/test/resources/home-office/rec-crime-pfa-slice.csv"), StandardCharsets.UTF_8)) {
            table.lines()
                    .skip(1)
                    .map(line -> line.strip().split(","))
                    .filter(cells -> cells[0].equals("31-12-2018") && cells[3].equals("Residential burglary"))
                    .forEach(cells -> burglaries.put(cells[1], Double.parseDouble(cells[4])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FunnelPlot.Unit> units = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(
                    Path.of("src/test/resources/ons/population_policeforces_2009-2019.csv"), StandardCharsets.UTF_8);
            String[] forces = lines.getFirst().strip().split(",");
            String[] populations = lines.stream()
                    .filter(line -> line.startsWith("2018,"))
                    .findFirst()
                    .orElseThrow()
                    .strip()
                    .split(",");
            for (int i = 1; i < forces.length; i++) {
                Double count = burglaries.get(forces[i]);
                if (count != null) {
                    units.add(new FunnelPlot.Unit(forces[i], count, Double.parseDouble(populations[i])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    /** Writes an SVG to {@code target/chart-previews}, to be looked at. */
    static void preview(String name, String svg) {
        try {
            Path dir = Path.of("target/chart-previews");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
