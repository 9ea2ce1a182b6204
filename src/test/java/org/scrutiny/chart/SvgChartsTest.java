package org.scrutiny.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.ChartKind;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.QicChart;
import org.scrutiny.analysis.QicSettings;
import org.scrutiny.analysis.Variation;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {

    private static final List<String> MONTHS = ChartFixtures.months(YearMonth.of(2015, 4), 120);

    private static String tenYears(ImprovementDirection direction, ChartText text) {
        return SvgCharts.xmr(ChartFixtures.tenYearsChart(direction), MONTHS, text);
    }

    @Test
    void namesTheChartByItsTitleAndDescribesItInWords() {
        Document doc = SvgParsing.parse(tenYears(
                ImprovementDirection.DECREASE,
                ChartText.of("burglary", "Burglary").withDescription("Lead.")));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 720 360");
        Element title = SvgParsing.elements(doc, "title").getFirst();
        Element desc = SvgParsing.elements(doc, "desc").getFirst();
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Burglary");
        assertThat(desc.getTextContent())
                .startsWith("Lead. XmR control chart of 118 points from Apr 2015 to Mar 2025, with 2 periods missing.")
                .contains("Latest value (Mar 2025): ")
                .contains("Rebased from Apr 2023: mean ")
                .contains("process limits ")
                .contains(" of improvement", " of concern")
                .contains("Latest point: ")
                .contains("Target 90.");
    }

    @Test
    void everyIdStartsWithTheCallersPrefixSoChartsCanShareAPage() {
        Set<String> ids = new HashSet<>();
        for (String prefix : List.of("chart-1", "chart-2", "3 odd/prefix")) {
            Document doc = SvgParsing.parse(tenYears(ImprovementDirection.INCREASE, ChartText.of(prefix, "T")));
            for (String tag : List.of("svg", "title", "desc", "path", "text", "g")) {
                for (Element e : SvgParsing.elements(doc, tag)) {
                    if (e.hasAttribute("id")) {
                        assertThat(e.getAttribute("id")).matches("[A-Za-z_][A-Za-z0-9._-]*");
                        assertThat(ids.add(e.getAttribute("id")))
                                .as("unique id %s", e.getAttribute("id"))
                                .isTrue();
                    }
                }
            }
        }
        assertThat(ids).contains("chart-1-title", "chart-2-desc", "c3-odd-prefix-title");
    }

    @Test
    void marksEachKindOfSpecialCauseWithItsOwnShapeAndLegendEntry() {
        Document decrease = SvgParsing.parse(tenYears(ImprovementDirection.DECREASE, ChartText.of("d", "D")));
        assertMarked(decrease, "common", "circle", "Common cause");
        assertMarked(decrease, "improvement", "diamond", "Special cause: improvement");
        assertMarked(decrease, "concern", "square", "Special cause: concern");
        assertThat(SvgParsing.withClass(decrease, "path", "mark-high")).isEmpty();
        assertThat(legendTexts(decrease)).doesNotContain("Special cause: high", "Special cause: low", "2-sigma");

        Document neither = SvgParsing.parse(tenYears(ImprovementDirection.NEITHER, ChartText.of("n", "N")));
        assertMarked(neither, "high", "triangle-up", "Special cause: high");
        assertMarked(neither, "low", "triangle-down", "Special cause: low");
        assertThat(SvgParsing.withClass(neither, "path", "mark-improvement")).isEmpty();
    }

    private static void assertMarked(Document doc, String kind, String shape, String legend) {
        List<Element> marks = SvgParsing.withClass(doc, "path", "mark-" + kind);
        assertThat(marks).as(kind).hasSize(2); // the points, and the legend's sample
        assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("class")).contains("shape-" + shape));
        assertThat(marks.getFirst().getAttribute("fill"))
                .isEqualTo(marks.getLast().getAttribute("fill"));
        assertThat(legendTexts(doc)).contains(legend);
    }

    private static List<String> legendTexts(Document doc) {
        List<String> texts = new ArrayList<>();
        for (Element g : SvgParsing.withClass(doc, "g", "legend")) {
            for (Element t : SvgParsing.elements(doc, "text")) {
                if (t.getParentNode() == g) {
                    texts.add(t.getTextContent());
                }
            }
        }
        return texts;
    }

    @Test
    void aGapBreaksTheLineAndLeavesNoPoint() {
        double[] values = {5, 6, 7, Double.NaN, 6, 5, 7, 6, 5, 6, 7, 6, 5, 6};
        XmrChart chart = XmrChart.of(values, XmrSettings.defaults());
        Document doc = SvgParsing.parse(SvgCharts.xmr(chart, null, ChartText.of("gap", "Gap")));
        String line = SvgParsing.withClass(doc, "path", "series").getFirst().getAttribute("d");
        assertThat(moves(line)).isEqualTo(2);
        assertThat(line.chars().filter(c -> c == 'L').count()).isEqualTo(values.length - 1 - 2);
        long points = SvgParsing.withClass(doc, "path", "mark").stream()
                .mapToLong(p -> moves(p.getAttribute("d")))
                .sum();
        assertThat(points).isEqualTo(values.length - 1);
    }

    @Test
    void aRebaseBreaksTheMeanAndLimitLinesAndIsLabelled() {
        Document doc = SvgParsing.parse(tenYears(ImprovementDirection.DECREASE, ChartText.of("r", "R")));
        assertThat(moves(SvgParsing.withClass(doc, "path", "centre").getFirst().getAttribute("d")))
                .isEqualTo(2);
        // Upper and lower limits, each in two groups.
        assertThat(moves(SvgParsing.withClass(doc, "path", "limits").getFirst().getAttribute("d")))
                .isEqualTo(4);
        assertThat(SvgParsing.withClass(doc, "path", "rebase")).hasSize(1);
        assertThat(SvgParsing.withClass(doc, "text", "rebase-label").getFirst().getTextContent())
                .isEqualTo("Rebased");
    }

    @Test
    void drawsTwoSigmaLinesOnlyWhenAsked() {
        Document without = SvgParsing.parse(tenYears(ImprovementDirection.DECREASE, ChartText.of("a", "A")));
        Document with = SvgParsing.parse(
                tenYears(ImprovementDirection.DECREASE, ChartText.of("b", "B").withTwoSigma(true)));
        assertThat(SvgParsing.withClass(without, "path", "two-sigma")).isEmpty();
        assertThat(SvgParsing.withClass(with, "path", "two-sigma")).hasSize(1);
        assertThat(legendTexts(with)).contains("2-sigma");
    }

    @Test
    void drawsAndLabelsTheTargetTheTextGivesOverTheChartsOwn() {
        Document doc = SvgParsing.parse(tenYears(
                ImprovementDirection.DECREASE,
                ChartText.of("t", "T").withTarget(95).withFormat(ChartText.decimals(0))));
        assertThat(SvgParsing.withClass(doc, "path", "target")).hasSize(1);
        assertThat(SvgParsing.elements(doc, "text"))
                .anySatisfy(t -> assertThat(t.getTextContent()).isEqualTo("Target 95"));
        assertThat(legendTexts(doc)).contains("Target");
    }

    @Test
    void tenYearsOfMonthlyLabelsStayApartAndUpright() {
        Document doc = SvgParsing.parse(tenYears(ImprovementDirection.DECREASE, ChartText.of("m", "M")));
        List<Element> labels = SvgParsing.elements(doc, "text").stream()
                .filter(t -> ((Element) t.getParentNode()).getAttribute("class").equals("x-labels"))
                .toList();
        assertThat(labels).hasSizeBetween(4, 15);
        for (int k = 1; k < labels.size(); k++) {
            Element left = labels.get(k - 1);
            Element right = labels.get(k);
            double gap = Double.parseDouble(right.getAttribute("x")) - Double.parseDouble(left.getAttribute("x"));
            double needed = (Svg.textWidth(left.getTextContent(), 11) + Svg.textWidth(right.getTextContent(), 11)) / 2;
            assertThat(gap).isGreaterThanOrEqualTo(needed + ChartRenderer.LABEL_GAP);
        }
        assertThat(labels).noneMatch(t -> t.hasAttribute("transform"));
        assertThat(labels.getLast().getTextContent()).isEqualTo("Mar 2025");
    }

    @Test
    void labelsEveryPeriodOfAShortSeries() {
        List<String> quarters = List.of("2019-20 Q1", "2019-20 Q2", "2019-20 Q3", "2019-20 Q4", "2020-21 Q1");
        XmrChart chart = XmrChart.of(new double[] {1, 2, 3, 2, 1}, XmrSettings.defaults());
        Document doc = SvgParsing.parse(SvgCharts.xmr(chart, quarters, ChartText.of("q", "Q")));
        List<String> shown = SvgParsing.elements(doc, "text").stream()
                .filter(t -> ((Element) t.getParentNode()).getAttribute("class").equals("x-labels"))
                .map(Element::getTextContent)
                .toList();
        assertThat(shown).isEqualTo(quarters);
    }

    @Test
    void escapesXmlSpecialCharactersInEveryText() {
        String nasty = "Crime <&> \"quoted\" 'single' \u0001";
        XmrChart chart = XmrChart.of(new double[] {1, 2, 3, 2, 1}, XmrSettings.defaults());
        List<String> labels = List.of("a<b", "c&d", "e>f", "\"g\"", "h'i");
        String svg = SvgCharts.xmr(
                chart,
                labels,
                ChartText.of("x\"><script>", nasty)
                        .withUnit(nasty)
                        .withNote(nasty)
                        .withDescription(nasty));
        Document doc = SvgParsing.parse(svg);
        assertThat(svg).doesNotContain("<script");
        assertThat(SvgParsing.elements(doc, "title").getFirst().getTextContent())
                .isEqualTo("Crime <&> \"quoted\" 'single'  ");
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent()).contains("from a<b to h'i");
        assertThat(SvgSafety.of(SvgCharts.sparkline(chart, nasty))).isTrue();
    }

    @Test
    void writesCoordinatesWithAPointWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String svg = SvgCharts.qic(
                    ChartFixtures.pChart(), null, ChartText.of("p", "P").withFormat(ChartText.percent(1)));
            Document doc = SvgParsing.parse(svg);
            for (String tag : List.of("path", "text", "svg", "circle", "rect")) {
                for (Element e : SvgParsing.elements(doc, tag)) {
                    for (String attribute : List.of("d", "x", "y", "width", "height", "viewBox")) {
                        assertThat(e.getAttribute(attribute))
                                .as("%s %s", tag, attribute)
                                .doesNotContain(",");
                    }
                }
            }
            assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent())
                    .contains("%");
            assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent())
                    .doesNotMatch(".*\\d,\\d%.*");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void roundsCoordinatesToOneDecimal() {
        String svg = tenYears(ImprovementDirection.DECREASE, ChartText.of("r", "R"));
        Document doc = SvgParsing.parse(svg);
        for (Element e : SvgParsing.elements(doc, "path")) {
            assertThat(e.getAttribute("d")).doesNotContainPattern("\\d\\.\\d\\d");
        }
        for (Element e : SvgParsing.elements(doc, "text")) {
            assertThat(e.getAttribute("x") + " " + e.getAttribute("y")).doesNotContainPattern("\\d\\.\\d\\d");
        }
        assertThat(svg.length()).isLessThan(24_000);
    }

    @Test
    void drawsLimitsThatVaryWithTheDenominatorAsSteps() {
        Document doc = SvgParsing.parse(SvgCharts.qic(ChartFixtures.pChart(), null, ChartText.of("p", "P")));
        String limits = SvgParsing.withClass(doc, "path", "limits").getFirst().getAttribute("d");
        assertThat(limits.chars().filter(c -> c == 'V').count()).isGreaterThan(20);
        // The missing month breaks both limits: two stretches each.
        assertThat(moves(limits)).isEqualTo(4);
        assertMarked(doc, "high", "triangle-up", "Special cause: high");
        assertMarked(doc, "low", "triangle-down", "Special cause: low");
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent())
                .startsWith("P chart of 35 points from 1 to 36, with 1 period missing.")
                .contains("2 points outside the limits (1 above, 1 below)")
                .contains("vary with the denominator");
    }

    @Test
    void drawsTheCentreLineOfARunsSignalDashedAndSaysSo() {
        double[] values = new double[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 12 ? 10 + i % 2 : 20 + i % 2;
        }
        QicChart run = QicChart.of(ChartKind.RUN, values, null, QicSettings.defaults());
        Document doc = SvgParsing.parse(SvgCharts.qic(run, null, ChartText.of("run", "Run")));
        assertThat(SvgParsing.withClass(doc, "path", "centre-signal")).hasSize(1);
        assertThat(SvgParsing.withClass(doc, "path", "limits")).isEmpty();
        assertThat(legendTexts(doc)).contains("Median", "Runs signal: a shift");
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent()).contains("the runs signal a shift");
    }

    @Test
    void describesAChartWithNoValues() {
        XmrChart empty = XmrChart.of(new double[] {Double.NaN, Double.NaN}, XmrSettings.defaults());
        Document doc = SvgParsing.parse(SvgCharts.xmr(empty, List.of("a", "b"), ChartText.of("e", "Empty")));
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent())
                .isEqualTo("XmR control chart of no values.");
        SvgParsing.parse(SvgCharts.sparkline(empty));
        SvgParsing.parse(
                SvgCharts.xmr(XmrChart.of(new double[0], XmrSettings.defaults()), List.of(), ChartText.of("z", "Z")));
    }

    @Test
    void rejectsLabelsThatDoNotMatchThePoints() {
        XmrChart chart = XmrChart.of(new double[] {1, 2, 3}, XmrSettings.defaults());
        assertThatThrownBy(() -> SvgCharts.xmr(chart, List.of("a"), ChartText.of("x", "X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 points, 1 labels");
    }

    @Test
    void marksTheSparklinesLatestPointAndNamesIt() {
        XmrChart chart = ChartFixtures.tenYearsChart(ImprovementDirection.DECREASE);
        Document doc = SvgParsing.parse(SvgCharts.sparkline(chart));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label"))
                .isEqualTo(SvgParsing.elements(doc, "title").getFirst().getTextContent())
                .startsWith("118 points; latest point: ");
        assertThat(SvgParsing.elements(doc, "path").getLast().getAttribute("class"))
                .startsWith("mark mark-");
    }

    @Test
    void drawsASparklineOfAPChartMarkingALatestPointAboveTheLimitHigh() {
        double[] denominators = {200, 210, 190, 205, 200, 195, 200, 210, 205, 200};
        double[] counts = {20, 22, 19, 21, 20, 18, 21, 22, 20, 60};
        QicChart chart = QicChart.of(ChartKind.P, counts, denominators, QicSettings.defaults());

        Document doc = SvgParsing.parse(SvgCharts.sparkline(chart, "10 points; latest point above the upper limit"));

        assertThat(doc.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("10 points; latest point above the upper limit");
        assertThat(SvgParsing.elements(doc, "path").getLast().getAttribute("class"))
                .isEqualTo("mark mark-high shape-triangle-up");
    }

    @ParameterizedTest
    @EnumSource(Variation.class)
    void everyVariationIconCarriesItsText(Variation variation) {
        Document doc = SvgParsing.parse(SvgIcons.variation(variation));
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(variation.text());
        assertThat(SvgParsing.elements(doc, "title").getFirst().getTextContent())
                .isEqualTo(variation.text());
    }

    @ParameterizedTest
    @EnumSource(Assurance.class)
    void everyAssuranceIconCarriesItsText(Assurance assurance) {
        Document doc = SvgParsing.parse(SvgIcons.assurance(assurance, 24));
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("24");
        assertThat(SvgParsing.elements(doc, "title").getFirst().getTextContent())
                .isEqualTo(assurance.text());
    }

    @Test
    void tellsIconsApartWithoutColour() {
        Set<String> shapes = new HashSet<>();
        for (Variation v : Variation.values()) {
            // Remove the colours: what is left must still differ.
            shapes.add(SvgIcons.variation(v)
                    .replaceAll("#[0-9a-f]{6}", "")
                    .replaceAll("<title>.*</title>", "")
                    .replaceAll("aria-label=\"[^\"]*\"", ""));
        }
        assertThat(shapes).hasSize(Variation.values().length);
        Set<String> assurances = new HashSet<>();
        for (Assurance a : Assurance.values()) {
            assurances.add(SvgIcons.assurance(a)
                    .replaceAll("#[0-9a-f]{6}", "")
                    .replaceAll("<title>.*</title>", "")
                    .replaceAll("aria-label=\"[^\"]*\"", ""));
        }
        assertThat(assurances).hasSize(Assurance.values().length);
    }

    @Test
    void everyColourThatCarriesMeaningHasThreeToOneContrastWithTheBackground() {
        for (Mark mark : Mark.values()) {
            assertThat(Palette.contrast(mark.colour, Palette.BACKGROUND))
                    .as(mark.name())
                    .isGreaterThanOrEqualTo(3);
        }
        for (String colour : List.of(Palette.TARGET, Palette.LIMIT, Palette.MEAN, Palette.AXIS, Palette.TWO_SIGMA)) {
            assertThat(Palette.contrast(colour, Palette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(3);
        }
        // Text is held to 4.5:1.
        for (String colour : List.of(Palette.TEXT, Palette.MUTED, Palette.TARGET, Palette.LIMIT)) {
            assertThat(Palette.contrast(colour, Palette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static long moves(String pathData) {
        return pathData.chars().filter(c -> c == 'M').count();
    }

    /** Whether a sparkline parses. */
    private static final class SvgSafety {
        static boolean of(String svg) {
            return SvgParsing.parse(svg) != null;
        }
    }
}
