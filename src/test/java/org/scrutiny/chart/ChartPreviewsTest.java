package org.scrutiny.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.FunnelDataType;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.FunnelSettings;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.Variation;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrSettings;

/**
 * Draws the charts an analyst would look at (real Suffolk data, ten years of months with every signal, a
 * P chart, a funnel plot of the forces of England) into {@code target/chart-previews}, so that they can be
 * rendered and inspected, and checks each parses.
 */
class ChartPreviewsTest {

    @Test
    void drawsThePreviewCharts() {
        ChartFixtures.Suffolk crime = ChartFixtures.suffolkTotal();
        XmrChart crimeChart = XmrChart.of(
                crime.values(), XmrSettings.defaults().withImprovementDirection(ImprovementDirection.DECREASE));
        write(
                "suffolk-crime-total",
                SvgCharts.xmr(
                        crimeChart,
                        crime.labels(),
                        ChartText.of("crime-total", "Total recorded crime, Suffolk")
                                .withUnit("Crimes in the 12 months to the date")
                                .withFormat(ChartText.decimals(0))
                                .withNote(
                                        "Rolling 12-month totals overlap; runs of points are expected. Source: Home Office.")));

        ChartFixtures.Suffolk burglary = ChartFixtures.suffolkDomesticOrResidentialBurglary();
        int change = crime.labels().indexOf("Jun 2017");
        XmrChart burglaryChart = XmrChart.of(
                burglary.values(),
                XmrSettings.defaults()
                        .withImprovementDirection(ImprovementDirection.DECREASE)
                        .withRebaseAt(change)
                        .withTarget(2500));
        write(
                "suffolk-burglary",
                SvgCharts.xmr(
                        burglaryChart,
                        burglary.labels(),
                        ChartText.of("burglary", "Domestic (from 2017, residential) burglary, Suffolk")
                                .withUnit("Burglaries in the 12 months to the date")
                                .withFormat(ChartText.decimals(0))
                                .withTwoSigma(true)));

        List<String> months = ChartFixtures.months(YearMonth.of(2015, 4), 120);
        write(
                "ten-years-decrease",
                SvgCharts.xmr(
                        ChartFixtures.tenYearsChart(ImprovementDirection.DECREASE),
                        months,
                        ChartText.of("ten-years", "Synthetic: every signal, lower is better")
                                .withUnit("Incidents a month")
                                .withFormat(ChartText.decimals(0))
                                .withTwoSigma(true)));
        write(
                "ten-years-neither",
                SvgCharts.xmr(
                        ChartFixtures.tenYearsChart(ImprovementDirection.NEITHER),
                        months,
                        ChartText.of("neither", "Synthetic: no better direction")
                                .withFormat(ChartText.decimals(0))));
        write(
                "p-chart",
                SvgCharts.qic(
                        ChartFixtures.pChart(),
                        ChartFixtures.months(YearMonth.of(2019, 4), 36),
                        ChartText.of("p-chart", "999 calls answered within 10 seconds")
                                .withUnit("Share of calls")
                                .withFormat(ChartText.percent(0))
                                .withTarget(0.9)));

        FunnelSettings proportions = FunnelSettings.defaults()
                .withDataType(FunnelDataType.PROPORTION)
                .withMultiplier(1000);
        ChartText burglaryText = ChartText.of("funnel", "Residential burglary, 12 months to December 2018")
                .withUnit("Burglaries per 1,000 people")
                .withFormat(ChartText.decimals(1))
                .withSize(720, 440)
                .withNote("Source: Home Office, police recorded crime; ONS mid-2018 population estimates.");
        FunnelChart.Labels forces = new FunnelChart.Labels("Suffolk", "Population", "forces");
        write(
                "funnel-residential-burglary",
                FunnelChart.svg(
                        FunnelPlot.of(ChartFixtures.residentialBurglary2018(), proportions), burglaryText, forces));
        // The same without allowing for overdispersion: the funnel of chance alone, which most forces leave.
        write(
                "funnel-residential-burglary-unadjusted",
                FunnelChart.svg(
                        FunnelPlot.of(ChartFixtures.residentialBurglary2018(), proportions.withAdjusted(false)),
                        burglaryText.withNote("Not adjusted for overdispersion."),
                        forces));

        StringBuilder icons = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"300\" viewBox=\"0 0 720 300\">"
                        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        int x = 10;
        for (Variation v : Variation.values()) {
            icons.append("<g transform=\"translate(")
                    .append(x)
                    .append(" 10)\">")
                    .append(SvgIcons.variation(v, 88))
                    .append("</g>");
            x += 98;
        }
        x = 10;
        for (Assurance a : Assurance.values()) {
            icons.append("<g transform=\"translate(")
                    .append(x)
                    .append(" 110)\">")
                    .append(SvgIcons.assurance(a, 88))
                    .append("</g>");
            x += 98;
        }
        icons.append("<g transform=\"translate(420 120) scale(2)\">")
                .append(SvgCharts.sparkline(ChartFixtures.tenYearsChart(ImprovementDirection.DECREASE)))
                .append("</g><g transform=\"translate(420 200) scale(2)\">")
                .append(SvgCharts.sparkline(crimeChart))
                .append("</g></svg>");
        write("icons", icons.toString());
    }

    private static void write(String name, String svg) {
        assertThat(SvgParsing.parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
        ChartFixtures.preview(name, svg);
    }
}
