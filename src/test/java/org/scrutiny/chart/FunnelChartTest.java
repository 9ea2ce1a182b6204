package org.scrutiny.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.FunnelDataType;
import org.scrutiny.analysis.FunnelLimits;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.FunnelPoint;
import org.scrutiny.analysis.FunnelSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FunnelChartTest {

    private static final FunnelSettings PER_1000 =
            FunnelSettings.defaults().withDataType(FunnelDataType.PROPORTION).withMultiplier(1000);
    private static final ChartText TEXT = ChartText.of("funnel", "Residential burglary, 2018")
            .withUnit("Burglaries per 1,000 people")
            .withFormat(ChartText.decimals(1));
    private static final FunnelChart.Labels SUFFOLK = new FunnelChart.Labels("Suffolk", "Population", "forces");

    private static FunnelPlot burglary(FunnelSettings settings) {
        return FunnelPlot.of(ChartFixtures.residentialBurglary2018(), settings);
    }

    @Test
    void namesTheChartByItsTitleAndSummarisesItInWords() {
        Document doc = SvgParsing.parse(FunnelChart.svg(burglary(PER_1000), TEXT.withDescription("Lead."), SUFFOLK));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        Element title = SvgParsing.elements(doc, "title").getFirst();
        Element desc = SvgParsing.elements(doc, "desc").getFirst();
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Residential burglary, 2018");
        // Suffolk: 2,700 burglaries among 758,556 people.
        assertThat(desc.getTextContent())
                .isEqualTo("Lead. Funnel plot of 39 forces against population, with 95% and 99.8% limits around the"
                        + " value of all forces together, 5.2. Suffolk: 3.6, within the 99.8% limits (1.7 to 10.6)."
                        + " 0 of 39 forces above the upper 99.8% limit, 1 below the lower."
                        + " The limits are widened for overdispersion.");
    }

    @Test
    void picksOutTheHighlightedUnitByShapeColourAndName() {
        Document doc = SvgParsing.parse(FunnelChart.svg(burglary(PER_1000), TEXT, SUFFOLK));
        List<Element> highlighted = marks(doc, "highlighted");
        assertThat(highlighted).hasSize(1);
        assertThat(highlighted.getFirst().getAttribute("class")).contains("shape-diamond");
        assertThat(moves(highlighted.getFirst())).isOne();
        String colour = highlighted.getFirst().getAttribute("fill");
        for (Element other : SvgParsing.withClass(doc, "path", "mark")) {
            if (other != highlighted.getFirst()) {
                assertThat(other.getAttribute("fill")).isNotEqualTo(colour);
                assertThat(other.getAttribute("class")).doesNotContain("shape-diamond");
            }
        }
        assertThat(SvgParsing.withClass(doc, "text", "highlight-label")
                        .getFirst()
                        .getTextContent())
                .isEqualTo("Suffolk");
        assertThat(legendWords(doc)).contains("Suffolk");
    }

    @Test
    void drawsEveryUnitOnceAndOutliersAsTrianglesPointingTheWayTheyLie() {
        FunnelPlot plot = burglary(PER_1000.withAdjusted(false));
        FunnelTable table = FunnelTable.of(plot, "Suffolk");
        Document doc = SvgParsing.parse(FunnelChart.svg(plot, TEXT, SUFFOLK));
        long above = table.rows().stream()
                .filter(r -> !r.highlighted() && r.position() == FunnelTable.Position.ABOVE)
                .count();
        long below = table.rows().stream()
                .filter(r -> !r.highlighted() && r.position() == FunnelTable.Position.BELOW)
                .count();
        assertThat(above).isPositive();
        assertThat(below).isPositive();
        Element up = marks(doc, "above").getFirst();
        Element down = marks(doc, "below").getFirst();
        Element within = marks(doc, "within").getFirst();
        assertThat(up.getAttribute("class")).contains("shape-triangle-up");
        assertThat(down.getAttribute("class")).contains("shape-triangle-down");
        assertThat(within.getAttribute("class")).contains("shape-circle");
        assertThat(moves(up)).isEqualTo(above);
        assertThat(moves(down)).isEqualTo(below);
        assertThat(moves(up) + moves(down) + moves(within) + 1).isEqualTo(39);
        assertThat(legendWords(doc))
                .contains("Above the upper 99.8% limit", "Below the lower 99.8% limit", "Within the 99.8% limits");
        assertThat(SvgParsing.withClass(doc, "text", "highlight-label")
                        .getFirst()
                        .getTextContent())
                .as("Suffolk is below the funnel of chance alone")
                .isEqualTo("Suffolk (below)");
    }

    @Test
    void tellsTheTwoLimitsApartByDashAndNamesThemInTheLegend() {
        Document doc = SvgParsing.parse(FunnelChart.svg(burglary(PER_1000), TEXT, SUFFOLK));
        Element outer = SvgParsing.withClass(doc, "path", "limits-998").getFirst();
        Element inner = SvgParsing.withClass(doc, "path", "limits-95").getFirst();
        assertThat(outer.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(inner.getAttribute("stroke-dasharray"))
                .isNotEmpty()
                .isNotEqualTo(outer.getAttribute("stroke-dasharray"));
        assertThat(moves(outer)).as("an upper and a lower line").isEqualTo(2);
        assertThat(legendWords(doc)).contains("99.8% limits", "95% limits", "All forces together 5.2");
        List<String> legendDashes = new ArrayList<>();
        for (Element e : SvgParsing.elements(doc, "path")) {
            if (e.getParentNode() instanceof Element g
                    && g.getAttribute("class").equals("legend")) {
                legendDashes.add(e.getAttribute("stroke-dasharray"));
            }
        }
        assertThat(legendDashes)
                .contains(outer.getAttribute("stroke-dasharray"), inner.getAttribute("stroke-dasharray"));
    }

    @Test
    void keepsTheCurvesThePointsAndTheCentreLineInsideThePlotArea() {
        for (FunnelSettings settings : List.of(PER_1000, PER_1000.withAdjusted(false))) {
            Document doc = SvgParsing.parse(FunnelChart.svg(burglary(settings), TEXT, SUFFOLK));
            double[] xAxis = numbers(
                    SvgParsing.withClass(doc, "path", "x-axis").getFirst().getAttribute("d"));
            double left = xAxis[0];
            double bottom = xAxis[1];
            double right = xAxis[2];
            double[] grid = numbers(
                    SvgParsing.withClass(doc, "g", "grid").getFirst().getFirstChild() instanceof Element p
                            ? p.getAttribute("d")
                            : "");
            double top = Double.POSITIVE_INFINITY;
            for (int k = 1; k < grid.length; k += 3) {
                top = Math.min(top, grid[k]);
            }
            for (String cls : List.of("limits-95", "limits-998", "centre")) {
                double[] xy = numbers(
                        SvgParsing.withClass(doc, "path", cls).getFirst().getAttribute("d"));
                assertThat(xy.length).isGreaterThanOrEqualTo(3);
                for (int k = 0; k + 1 < xy.length; k += 2) {
                    if (cls.equals("centre") && k > 0) {
                        break;
                    }
                    assertThat(xy[k]).as(cls + " x").isBetween(left, right);
                    assertThat(xy[k + 1]).as(cls + " y").isBetween(top, bottom + 0.5);
                }
            }
            Element diamond = marks(doc, "highlighted").getFirst();
            double[] d = numbers(diamond.getAttribute("d"));
            assertThat(d[0]).isBetween(left, right);
            assertThat(d[1]).isBetween(top - 8, bottom);
        }
    }

    @Test
    void describesAStandardisedRatioAroundTheExpectedValueAndAUnitAboveTheFunnel() {
        List<FunnelPlot.Unit> units = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            double expected = 20.0 * i;
            units.add(new FunnelPlot.Unit("Unit " + i, Math.round(expected * (i % 2 == 0 ? 1.08 : 0.93)), expected));
        }
        units.add(new FunnelPlot.Unit("Force & Co <x>", 160, 100));
        FunnelPlot plot = FunnelPlot.of(units, FunnelSettings.defaults().withMultiplier(100));
        String svg = FunnelChart.svg(
                plot,
                ChartText.of("sr", "Ratio").withFormat(ChartText.decimals(0)),
                new FunnelChart.Labels("Force & Co <x>", "Expected deaths", "units"));
        Document doc = SvgParsing.parse(svg);
        String desc = SvgParsing.elements(doc, "desc").getFirst().getTextContent();
        FunnelLimits limits = plot.limitsAt(100).limits998();
        assertThat(desc)
                .startsWith("Funnel plot of 13 units against expected deaths, with 95% and 99.8% limits around the"
                        + " expected value, 100.")
                .contains("Force & Co <x>: 160, above the upper 99.8% limit (" + Math.round(limits.upper()) + ").")
                .contains("1 of 13 units above the upper 99.8% limit, 0 below the lower.");
        assertThat(SvgParsing.withClass(doc, "text", "highlight-label")
                        .getFirst()
                        .getTextContent())
                .isEqualTo("Force & Co <x> (above)");
        assertThat(legendWords(doc)).contains("Expected 100");
    }

    @Test
    void mentionsA95PercentLimitCrossedWithinThe998PercentOnes() {
        FunnelPlot plot = burglary(PER_1000);
        FunnelPoint between = plot.points().stream()
                .filter(p -> !p.outlier()
                        && !plot.limitsAt(p.denominator()).limits95().contains(1000 * p.ratio()))
                .findFirst()
                .orElseThrow();
        boolean above = 1000 * between.ratio() > between.adjustedLimits95().upper();
        String svg = FunnelChart.svg(plot, TEXT, new FunnelChart.Labels(between.group(), "Population", "forces"));
        assertThat(SvgParsing.elements(SvgParsing.parse(svg), "desc").getFirst().getTextContent())
                .contains(between.group() + ": ")
                .contains("within the 99.8% limits (")
                .contains(above ? " but above the upper 95% limit (" : " but below the lower 95% limit (");
    }

    @Test
    void drawsNoDiamondWhenNoUnitIsHighlighted() {
        Document doc = SvgParsing.parse(
                FunnelChart.svg(burglary(PER_1000), TEXT, new FunnelChart.Labels(null, "Population", "forces")));
        assertThat(marks(doc, "highlighted")).isEmpty();
        assertThat(SvgParsing.withClass(doc, "text", "highlight-label")).isEmpty();
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent()).doesNotContain("Suffolk");
    }

    @Test
    void drawsAnEmptyChartWhenThereAreNoUnits() {
        String svg = FunnelChart.svg(FunnelPlot.of(List.of(), PER_1000), TEXT, SUFFOLK);
        Document doc = SvgParsing.parse(svg);
        assertThat(SvgParsing.elements(doc, "desc").getFirst().getTextContent()).isEqualTo("Funnel plot of 0 forces.");
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(marks(doc, "within")).isEmpty();
    }

    @Test
    void tabulatesEachUnitAgainstTheLimitsItIsJudgedBy() {
        FunnelPlot plot = burglary(PER_1000.withAdjusted(false));
        FunnelTable table = FunnelTable.of(plot, "Suffolk");
        assertThat(table.limit()).isEqualTo("99.8%");
        assertThat(table.adjusted()).isFalse();
        assertThat(table.rows()).hasSize(39);
        for (int i = 0; i < 39; i++) {
            FunnelPoint p = plot.points().get(i);
            FunnelTable.Row row = table.rows().get(i);
            assertThat(row.unit()).isEqualTo(p.group());
            assertThat(row.value()).isEqualTo(1000 * p.ratio());
            assertThat(row.lowerLimit()).isEqualTo(p.limits998().lower());
            assertThat(row.upperLimit()).isEqualTo(p.limits998().upper());
            assertThat(row.position() != FunnelTable.Position.WITHIN).isEqualTo(p.outlier());
            assertThat(row.highlighted()).isEqualTo(p.group().equals("Suffolk"));
        }
        FunnelTable.Row suffolk = table.rows().stream()
                .filter(FunnelTable.Row::highlighted)
                .findFirst()
                .orElseThrow();
        assertThat(suffolk.numerator()).isEqualTo(2700);
        assertThat(suffolk.denominator()).isEqualTo(758_556);
        assertThat(suffolk.position().text()).isEqualTo("Below");
        assertThat(FunnelTable.of(burglary(PER_1000.withInnerLimit()), null).limit())
                .isEqualTo("95%");
    }

    @Test
    void countsAUnitOnALimitAsWithin() {
        FunnelLimits limits = new FunnelLimits(1, 2);
        assertThat(FunnelTable.Position.of(2, limits)).isEqualTo(FunnelTable.Position.WITHIN);
        assertThat(FunnelTable.Position.of(1, limits)).isEqualTo(FunnelTable.Position.WITHIN);
        assertThat(FunnelTable.Position.of(2.0001, limits)).isEqualTo(FunnelTable.Position.ABOVE);
        assertThat(FunnelTable.Position.of(0.9999, limits)).isEqualTo(FunnelTable.Position.BELOW);
    }

    @Test
    void everyFunnelColourHasThreeToOneContrastAndTheHighlightedNameFourAndAHalf() {
        for (String colour : List.of(
                Palette.HIGHLIGHT, Palette.COMMON, Palette.NEUTRAL, Palette.LIMIT, Palette.TWO_SIGMA, Palette.MEAN)) {
            assertThat(Palette.contrast(colour, Palette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(3);
        }
        assertThat(Palette.contrast(Palette.HIGHLIGHT, Palette.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
    }

    /** The path drawing the units of one kind, not its legend entry. */
    private static List<Element> marks(Document doc, String kind) {
        return SvgParsing.withClass(doc, "path", "mark").stream()
                .filter(e -> e.getAttribute("class").contains("mark-" + kind + " "))
                .toList();
    }

    private static List<String> legendWords(Document doc) {
        List<String> words = new ArrayList<>();
        Element legend = SvgParsing.withClass(doc, "g", "legend").getFirst();
        for (Element t : SvgParsing.elements(doc, "text")) {
            if (t.getParentNode() == legend) {
                words.add(t.getTextContent());
            }
        }
        return words;
    }

    private static long moves(Element path) {
        return path.getAttribute("d").chars().filter(c -> c == 'M').count();
    }

    /** The numbers of a path's data in order, whatever the commands between them. */
    private static double[] numbers(String pathData) {
        Matcher m = Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(pathData);
        List<Double> found = new ArrayList<>();
        while (m.find()) {
            found.add(Double.parseDouble(m.group()));
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
