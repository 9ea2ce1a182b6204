package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.actions.Action;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.ProportionChain;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.Plans;
import org.scrutiny.web.Labels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every bundled example, loaded as the server loads it on an empty database, shows every item, indicator
 * and action on its plan page, and each indicator, action and exceptions page of it is served.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"scrutiny.db.url=jdbc:sqlite:target/web-tests/examples-${random.uuid}.db"})
@AutoConfigureMockMvc
class ExamplePagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    static Stream<String> examples() {
        return ExampleLoader.bundled().stream().map(ExampleLoader.Example::planId);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void thePlanPageShowsEveryItemIndicatorAndAction(String planId) throws Exception {
        Plan plan = plans.find(planId).orElseThrow();
        Document page = page("/plans/" + planId);

        List<PlanItem> items = plan.allItems().toList();
        assertThat(items).isNotEmpty();
        for (PlanItem item : items) {
            Element heading = page.getElementById("item-" + item.ref());
            assertThat(heading).as("the heading of item %s", item.ref()).isNotNull();
            assertThat(heading.text()).contains(item.title().strip().replaceAll("\\s+", " "));
        }
        String text = page.text();
        for (Indicator indicator : plan.allIndicators().toList()) {
            assertThat(page.select("a[href$=/indicators/" + indicator.ref() + "]"))
                    .as("a link to indicator %s", indicator.ref())
                    .isNotEmpty();
            assertThat(text).contains(indicator.name().strip().replaceAll("\\s+", " "));
        }
        for (Action action : plan.allActions().toList()) {
            assertThat(page.select("a[href$=/actions/" + action.ref() + "]"))
                    .as("a link to action %s", action.ref())
                    .isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyIndicatorActionAndTheExceptionsOfThePlanAreServed(String planId) throws Exception {
        Plan plan = plans.find(planId).orElseThrow();
        for (Indicator indicator : plan.allIndicators().toList()) {
            assertThat(page("/plans/" + planId + "/indicators/" + indicator.ref())
                            .select("h1")
                            .text())
                    .contains(indicator.name().strip().replaceAll("\\s+", " "));
        }
        for (Action action : plan.allActions().toList()) {
            assertThat(page("/plans/" + planId + "/actions/" + action.ref()).text())
                    .contains(action.text().strip().replaceAll("\\s+", " "));
        }
        assertThat(page("/plans/" + planId + "/exceptions").select("h1").text()).contains("Exceptions");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyChainOfProportionsIsServedAndLinkedFromThePlanPage(String planId) throws Exception {
        Plan plan = plans.find(planId).orElseThrow();
        Document planPage = page("/plans/" + planId);
        for (ProportionChain chain : ProportionChain.in(plan.allIndicators().toList())) {
            String path = "/plans/" + planId + "/chains/" + chain.ref();
            assertThat(planPage.select("a[href=" + path + "]"))
                    .as("a link to %s", path)
                    .hasSize(1);
            assertThat(page(path).select("h1").text()).contains(chain.name());
        }
    }

    @Test
    void suffolksDomesticBurglaryChainShowsTheHomeOfficeCountAndSaysItsOutcomeCountsAreNotLoaded() throws Exception {
        Document page = page("/plans/suffolk-2017-2021/chains/domestic-burglary");

        // The crimes are the Home Office's rolling years; the outcome counts are Suffolk's own, never published.
        assertThat(page.getElementById("funnel-heading").text()).isEqualTo("The chain in 12 months to December 2018");
        List<String> numbers = page.select("table:has(#funnel-caption) tbody td:nth-of-type(1)")
                .eachText();
        assertThat(numbers).hasSize(4);
        assertThat(numbers.getFirst()).matches("[0-9,]+");
        assertThat(numbers.subList(1, 4)).containsOnly("No value");
        assertThat(page.text())
                .contains("Not every count has data")
                .contains("No data has been loaded for this indicator: its values are loaded as the indicator"
                        + " domestic-burglary-solved-rate")
                .contains("Not compared with other forces: Scrutiny holds no series of"
                        + " suffolk-2017-2021/domestic-burglary-investigable for any force");
    }

    @Test
    void norfolksPlanPageGivesItsPlainEnglishAndTheExtendedTargetPeriod() throws Exception {
        Document page = page("/plans/norfolk-2013-2017");

        assertThat(page.select(".target-period").text())
                .contains("Targets measured to 31 March 2016")
                .contains("extended to 31st March 2016");
        assertThat(page.select(".plain-english").text()).contains("In plain English: Reduce:");
    }

    @Test
    void suffolksPlanPageSaysWhereAnIndicatorIsReportedLessOftenThanItsDataComes() throws Exception {
        Document page = page("/plans/suffolk-2017-2021");

        // Confidence in the police: the survey's data comes each quarter; the plan reports it six-monthly.
        assertThat(page.select("tr:has(a[href$=/indicators/public-good-job]) td")
                        .eachText())
                .contains("Quarterly, reported six-monthly");
    }

    /**
     * Suffolk's domestic burglary is compared with other forces on a funnel plot of burglaries per 1,000
     * people, drawn from the stored Home Office counts and ONS populations. Its table must hold what
     * bench/funnel_check.py worked out apart from Scrutiny from the published files (the case
     * residential-burglary-2018-12 of src/test/resources/funnel-check): the same 39 forces, counts,
     * populations and 99.8% limits adjusted for overdispersion.
     */
    @Test
    void suffolksBurglaryFunnelPlotAgreesWithTheIndependentCalculation() throws Exception {
        Map<String, List<String>> expected = new TreeMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("funnel-check/funnel-check-points.csv")) {
            for (NamedCsvRecord row :
                    CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (row.getField("case").equals("residential-burglary-2018-12")) {
                    expected.put(
                            row.getField("force"),
                            List.of(
                                    Labels.numberOf(Double.parseDouble(row.getField("numerator"))),
                                    Labels.numberOf(Double.parseDouble(row.getField("denominator"))),
                                    Labels.numberOf(Double.parseDouble(row.getField("value"))),
                                    Labels.numberOf(Double.parseDouble(row.getField("odll998"))),
                                    Labels.numberOf(Double.parseDouble(row.getField("odul998")))));
                }
            }
        }
        Document page = page("/plans/suffolk-2017-2021/indicators/domestic-burglary");

        Map<String, List<String>> shown = new TreeMap<>();
        for (Element row : page.select("#funnel-caption ~ tbody tr")) {
            List<String> cells = row.select("td").eachText();
            shown.put(row.selectFirst("th").text().replace(" (this plan's force)", ""), cells.subList(0, 5));
        }
        assertThat(expected).hasSize(39);
        assertThat(shown).isEqualTo(expected);
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path).with(user("viewer").roles("VIEWER")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
