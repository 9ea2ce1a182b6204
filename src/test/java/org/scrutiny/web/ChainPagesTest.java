package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The page of a chain of proportions, and the plan page's list of chains. */
@WebTest
class ChainPagesTest {
    private static final String CHAIN = "/plans/" + TestChains.PLAN + "/chains/burglary";

    @Autowired
    MockMvc mvc;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element table(Document page, String caption) {
        Element table = page.selectFirst("table:has(caption:contains(" + caption + "))");
        assertThat(table).as("a table captioned %s", caption).isNotNull();
        return table;
    }

    @Test
    void listsThePlansChainsOnItsPage() throws Exception {
        mvc.perform(get("/plans/" + TestChains.PLAN))
                .andExpect(content()
                        .string(allOf(
                                containsString("Chains of proportions"),
                                containsString("href=\"/plans/test-chain/chains/burglary\""),
                                containsString("Chain from Burglary: number of crimes"),
                                containsString("href=\"/plans/test-chain/chains/hate-crime\""))));
        mvc.perform(get("/plans/" + TestData.PUBLISHED))
                .andExpect(content().string(not(containsString("Chains of proportions"))));
    }

    @Test
    void showsTheChainAsAFunnelOfCountsEachAProportionOfTheOneBefore() throws Exception {
        Document page = page(CHAIN);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Chain of proportions Burglary: number of crimes");
        assertThat(page.getElementById("funnel-heading").text())
                .isEqualTo("The chain in January to March 2019 (2018/19 Q4)");
        Element funnel = table(page, "each count of the chain");
        // Suffolk, 2018/19 Q4: 447 crimes, 158 investigable, 143 with the victim's support, 17 solved.
        assertThat(funnel.select("tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "Burglary: number of crimes 447 The first count",
                        "Burglary: cases where an investigation is possible 158 35.35%",
                        "Burglary: cases where the victim supports prosecution 143 90.51%",
                        "Burglary: cases solved by police 17 11.89%");
    }

    @Test
    void chartsEachStepOnAControlChartOfItsOwnWithItsTable() throws Exception {
        Document page = page(CHAIN);

        assertThat(page.select("h2"))
                .extracting(Element::text)
                .containsSubsequence(
                        "Step 1: Burglary: proportion of cases where an investigation is possible",
                        "Step 2: Burglary: proportion of those cases where victims support prosecution",
                        "Step 3: Burglary: proportion of those cases solved by police");
        for (int step = 1; step <= 3; step++) {
            assertThat(page.getElementById("step-" + step + "-chart").text()).startsWith("Control chart: P");
            assertThat(page.select("figure.chart svg[role=img][id^=chart-step-" + step + "]"))
                    .hasSize(1);
        }
        Element solved = table(page, "Burglary: proportion of those cases solved by police: total for Suffolk");
        assertThat(solved.select("tbody tr")).hasSize(12);
        assertThat(solved.select("thead th"))
                .extracting(Element::text)
                .startsWith("Period", "Percentage (%)", "Numerator", "Denominator", "Mean");
        assertThat(solved.selectFirst("tbody tr").text()).startsWith("April to June 2016 (2016/17 Q1) 13.01 19 146");
    }

    @Test
    void ranksEachStepAgainstTheOtherForcesWithBothAveragesLabelled() throws Exception {
        Document page = page(CHAIN);

        assertThat(page.text())
                .contains("Compared with all 8 forces that hold the measure: no Most Similar Group is loaded for"
                        + " Suffolk, in January to March 2019 (2018/19 Q4); rank 1 is the highest value (higher is"
                        + " better).");
        Element solved = table(page, "Burglary: proportion of those cases solved by police: forces ranked");
        assertThat(solved.select("tbody tr").first().text()).isEqualTo("1 North Yorkshire 24.58");
        assertThat(solved.select("tbody tr")).extracting(Element::text).contains("5 Suffolk (this plan's force) 11.89");
        assertThat(page.select("#step-3-heading ~ ul.findings li"))
                .extracting(Element::text)
                .contains("Simple average of the 7 forces with a value, Suffolk included: 14.2; Suffolk is 2.31 below"
                        + " it (-16.3%).");
        // Lincolnshire holds the measures, but not its solved count for the quarter.
        assertThat(page.text())
                .contains("No value for January to March 2019 (2018/19 Q4): Lincolnshire.")
                .contains("Suffolk is ranked 5 of the 7 forces with a value.")
                .contains("Average weighted by denominator (Σ numerator ÷ Σ denominator) of the 7 forces with a value,"
                        + " Suffolk included: 12.81; Suffolk is 0.93 below it (-7.2%).")
                .contains("Best: North Yorkshire (24.58). Worst: Essex (9.87).");
    }

    @Test
    void drawsEachStepsFunnelPlotWithItsTable() throws Exception {
        Document page = page(CHAIN);

        assertThat(page.select("figure.chart svg[role=img][id^=funnel-step-]")).hasSize(3);
        Element funnel = table(page, "Burglary: proportion of those cases solved by police: each force against");
        assertThat(funnel.select("tbody tr")).hasSize(7);
        assertThat(funnel.select("tbody tr:contains(North Yorkshire) td").last().text())
                .isEqualTo("Above");
        assertThat(funnel.select("tbody tr:contains(Suffolk) th").text()).isEqualTo("Suffolk (this plan's force)");
        assertThat(funnel.select("tbody tr:contains(Suffolk) td").eachText()).startsWith("17", "143", "11.89");
    }

    @Test
    void saysSoWhereNoDataHasBeenLoadedForAChain() throws Exception {
        Document page = page("/plans/" + TestChains.PLAN + "/chains/hate-crime");

        assertThat(page.text())
                .contains("No data has been loaded for the counts of this chain.")
                .contains("No data has been loaded for this indicator: its values are loaded as the indicator"
                        + " hate-crime-investigation-possible")
                .contains("Not compared with other forces: Scrutiny holds no series of");
        assertThat(page.select("table")).isEmpty();
        assertThat(page.select("main svg[role=img]")).isEmpty();
    }

    @Test
    void showsTheDataAsItWasKnownAtADate() throws Exception {
        Document before = page(CHAIN + "?asAt=2019-05-14");
        assertThat(before.title()).startsWith("Burglary: number of crimes as known on 14 May 2019 – ");
        assertThat(before.text()).contains("No data has been loaded for the counts of this chain by this date.");

        Document on = page(CHAIN + "?asAt=" + TestChains.LOADED_ON);
        assertThat(on.getElementById("funnel-heading").text()).endsWith("(2018/19 Q4)");
    }

    @Test
    void refusesADateItCannotRead() throws Exception {
        mvc.perform(get(CHAIN).param("asAt", "31/03/2019"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write it as year-month-day, such as 2019-03-31.")));
    }

    @Test
    void findsNoChainOfAnUnknownPlanOrAtACountThatStartsNone() throws Exception {
        mvc.perform(get("/plans/no-such-plan/chains/burglary")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + TestChains.PLAN + "/chains/burglary-investigable"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no chain of proportions starting at")));
    }

    @Test
    void keepsTheChainsOfDraftPlansFromThePublic() throws Exception {
        mvc.perform(get("/plans/" + TestData.DRAFT + "/chains/D1")).andExpect(status().isFound());
        mvc.perform(get("/plans/" + TestData.DRAFT + "/chains/D1")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }
}
