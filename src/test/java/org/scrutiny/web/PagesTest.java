package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the pages show, and what happens when they are asked for something that is not there. */
@WebTest
class PagesTest {
    @Autowired
    MockMvc mvc;

    @Test
    void listsOnlyPublishedPlansToThePublic() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Test Published Plan"),
                                containsString("Suffolk"),
                                containsString("1 April 2017 to 31 March 2021"),
                                not(containsString("Test Draft Plan")))));
    }

    @Test
    void listsDraftPlansToSignedInUsers() throws Exception {
        mvc.perform(get("/").with(user("someone").roles("VIEWER")))
                .andExpect(content()
                        .string(allOf(containsString("Test Published Plan"), containsString("Test Draft Plan"))));
    }

    @Test
    void showsAPlanWithItsTreeIndicatorsAndActions() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Test Published Plan</h1>"),
                                containsString("A safe county"),
                                containsString("Fairness"),
                                containsString("Objective O1: Cut crime"),
                                containsString("Outcome O1A: Fewer victims of burglary"),
                                containsString("href=\"/plans/test-published/indicators/I1\""),
                                containsString("Reduce by 18% by 2020/21"),
                                containsString("Not yet collected"),
                                containsString("Commissioner, Office of the PCC"),
                                containsString("By June 2018"),
                                containsString("Improvement in performance is expected"))));
    }

    @Test
    void showsNoPublishButtonToThePublicOrAViewer() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED)).andExpect(content().string(not(containsString("Withdraw"))));
        mvc.perform(get("/plans/" + TestData.DRAFT).with(user("v").roles("VIEWER")))
                .andExpect(content().string(not(containsString("Publish this plan"))));
    }

    @Test
    void letsAnAnalystPublishAndWithdrawAPlan() throws Exception {
        String plan = "/plans/" + TestData.TO_PUBLISH;
        mvc.perform(get(plan).with(user("a").roles("ANALYST")))
                .andExpect(content().string(containsString("Publish this plan")));
        mvc.perform(post(plan + "/publish").with(csrf()).with(user("a").roles("ANALYST")))
                .andExpect(redirectedUrl(plan));
        mvc.perform(get(plan)).andExpect(status().isOk());
        mvc.perform(post(plan + "/withdraw").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(redirectedUrl(plan));
        mvc.perform(get(plan)).andExpect(status().isFound());
    }

    @Test
    void showsAnIndicatorsDefinitionAndLatestData() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Recorded crime"),
                                containsString("Lower is better"),
                                containsString("<caption>Total for Suffolk</caption>"),
                                containsString("October 2019"),
                                containsString(">105<"),
                                containsString(">110<"),
                                containsString("<caption>Area: Rural</caption>"),
                                containsString(">40<"),
                                not(containsString("Area: Urban")))));
    }

    @Test
    void sumsUpEachSeriesInASentenceBesideItsTable() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "Total for Suffolk: 2 values, from October 2019 to November 2019. Latest:"
                                                + " 110 in November 2019, up 5 on October 2019. Lowest 105, highest 110,"
                                                + " mean 107.5."),
                                containsString(
                                        "Area: Rural: 1 value, for October 2019. Latest: 40 in October" + " 2019."))));
    }

    @Test
    void showsTheNoteOfAnObservationInTheTablesThatHaveNotes() throws Exception {
        String page = mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("revised after an audit of crime recording");
        assertThat(page.split("<th scope=\"col\">Note</th>", -1))
                .as("a Note column in the total's table only")
                .hasSize(2);
    }

    @Test
    void showsAnIndicatorsDataAsKnownAtADate() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1").param("asAt", TestData.BEFORE_REVISION))
                .andExpect(status().isOk())
                // The chart's mean of 100 and 110 is 105 too, so the revised value is looked for in its row.
                .andExpect(content()
                        .string(allOf(
                                containsString("Latest: 110 in November 2019, up 10 on October 2019"),
                                not(containsString("revised after an audit")))));
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1").param("asAt", "2019-12-31"))
                .andExpect(content().string(containsString("no data has been loaded for this indicator by this date")));
    }

    @Test
    void showsAnIndicatorsProgressAgainstItsTargetAndTheTierTheDataSuggests() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I4").param("asAt", "2020-02-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Progress against the target as at 1 February 2020"),
                                containsString(">Met</strong>"),
                                containsString("Met: 92.8% in Nov 2019; the target is at least 90%."),
                                containsString("<dt>Value judged</dt><dd>92.8% in Nov 2019</dd>"),
                                containsString("Current good performance should be maintained"),
                                containsString("the process limits say the target will consistently be met"))));
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andExpect(content()
                        .string(allOf(
                                containsString(">Not enough data</strong>"),
                                containsString("There is no value for 2016/17 as at"),
                                containsString("It differs from the plan"))));
    }

    @Test
    void comparesAnIndicatorThePlanComparesWithPeersWithTheForcesThatHoldItsData() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Compared with other forces"),
                                containsString("Nov 2019: compared with the only force that holds the measure"),
                                containsString("Suffolk is ranked 1 of the 1 forces with a value."),
                                containsString("No funnel plot: it needs the force and at least two others"))));
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I4"))
                .andExpect(content().string(not(containsString("Compared with other forces"))));
    }

    @Test
    void showsAPlansScorecardAsAtADate() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/scorecard").param("asAt", "2020-02-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Suffolk: every indicator as at 1 February 2020"),
                                containsString("Met: 92.8% in Nov 2019; the target is at least 90%."),
                                containsString("There is no value for 2016/17 as at 1 Feb 2020"),
                                containsString("1 of 1"),
                                containsString("Improvement in performance is expected"))));
        // On 29 November 2019 November is not over: October's 105, as revised, is the latest.
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/scorecard").param("asAt", "2019-11-29"))
                .andExpect(content().string(containsString("105 in October 2019")));
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/scorecard").param("asAt", "30/11/2019"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersABadAsAtDateWithABadRequestPage() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1").param("asAt", "31/03/2019"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem with the request"),
                                containsString("such as 2019-03-31"),
                                not(containsString("Exception")))));
    }

    @Test
    void answersAnUnknownPlanWithANotFoundPageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/plans/no-such-plan"))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(allOf(
                                containsString("Page not found"),
                                containsString("There is no plan called"),
                                containsString("Skip to main content"),
                                not(containsString("Exception")),
                                not(containsString("at org.")))));
    }

    @Test
    void answersAnUnknownIndicatorOrActionWithANotFoundPage() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/actions/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void showsAnActionWithoutTheFormToThePublic() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/actions/A1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Publish a plain-English summary of the plan"),
                                containsString("<li>A printed leaflet</li>"),
                                containsString("Reported to the Police and Crime Panel"),
                                not(containsString("Record progress")))));
    }

    @Test
    void letsAContributorRecordProgressWhichBecomesTheActionsStatus() throws Exception {
        String action = "/plans/" + TestData.DRAFT + "/actions/DA1";
        mvc.perform(post(action + "/updates")
                        .param("asOf", "2019-02-01")
                        .param("status", "at-risk")
                        .param("text", "Recruitment of call handlers is behind plan.")
                        .with(csrf())
                        .with(user("owner").roles("CONTRIBUTOR")))
                .andExpect(redirectedUrl(action));
        mvc.perform(get(action).with(user("owner").roles("CONTRIBUTOR")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Recruitment of call handlers is behind plan."),
                                containsString("1 February 2019"),
                                containsString("owner"))));
        mvc.perform(get("/plans/" + TestData.DRAFT).with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("At risk")));
    }

    @Test
    void showsEachMistakeInAProgressUpdateNextToItsField() throws Exception {
        mvc.perform(post("/plans/" + TestData.PUBLISHED + "/actions/A1/updates")
                        .param("asOf", "2019-02-30")
                        .param("status", "nonsense")
                        .param("text", " ")
                        .with(csrf())
                        .with(user("owner").roles("CONTRIBUTOR")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("id=\"asOf-error\""),
                                containsString("Enter the date as year-month-day"),
                                containsString("Choose the status the action has now."),
                                containsString("Describe the progress made."),
                                containsString("aria-invalid=\"true\""))));
    }

    @Test
    void refusesAProgressUpdateDatedInTheFuture() throws Exception {
        mvc.perform(post("/plans/" + TestData.PUBLISHED + "/actions/A1/updates")
                        .param("asOf", "2999-01-01")
                        .param("status", "complete")
                        .param("text", "Done")
                        .with(csrf())
                        .with(user("owner").roles("CONTRIBUTOR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot be in the future")));
    }

    @Test
    void servesTheStylesheetToThePublic() throws Exception {
        mvc.perform(get("/css/scrutiny.css")).andExpect(status().isOk());
    }

    @Test
    void showsAnIndicatorsControlChartSettingsIconsAndSignalsInItsTable() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I3"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Control chart: XmR chart"),
                                containsString("Special cause variation: concern, higher values"),
                                containsString("No assurance"),
                                containsString("Rules, in order: a point outside the limits; a trend of 7 points"),
                                containsString("points beyond the limits count"),
                                containsString("The 2-sigma lines are drawn"),
                                containsString("<th scope=\"col\" class=\"numeric\">Upper limit</th>"),
                                containsString("Above the upper limit: a concern"),
                                not(containsString("Fewer than 13 points")))));
    }

    @Test
    void warnsOfAChartOfFewerThanThirteenPoints() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I1"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Fewer than 13 points"), containsString("Common cause variation"))));
    }

    @Test
    void chartsAProportionWithDenominatorsOnAPChartWithItsAssurance() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I4"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Control chart: P chart"),
                                containsString("The target will consistently be met"),
                                containsString("Common cause variation"))));
    }

    @Test
    void showsEachIndicatorsIconsOnThePlanPageAndLinksToTheExceptions() throws Exception {
        String page = mvc.perform(get("/plans/" + TestData.PUBLISHED))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "href=\"/plans/test-published/exceptions\"",
                        "Special cause variation: concern, higher values",
                        "The target will consistently be met",
                        "No chart");
    }

    @Test
    void listsOnlyTheExceptionsGroupedByPlanItem() throws Exception {
        String page = mvc.perform(get("/plans/" + TestData.PUBLISHED + "/exceptions"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "Outcome O1A: Fewer victims of burglary",
                        "href=\"/plans/test-published/indicators/I3\"",
                        "Latest point (November 2019): above the upper limit: a concern.",
                        ">95<")
                .doesNotContain(
                        "Objective O1: Cut crime", "indicators/I1\"", "indicators/I4\"", "There are no exceptions");
    }

    @Test
    void saysWhenAPlanHasNoExceptions() throws Exception {
        mvc.perform(get("/plans/" + TestData.DRAFT + "/exceptions")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("There are no exceptions: none of the plan&#39;s 1 indicators")));
    }

    @Test
    void answersAnUnknownPlansExceptionsWithNotFound() throws Exception {
        mvc.perform(get("/plans/no-such-plan/exceptions")).andExpect(status().isNotFound());
    }

    @Test
    void drawsTheChartIconsAndSparklinesAsSvg() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I3"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"chart-total\" class=\"scrutiny-chart\""),
                                containsString(
                                        "<title id=\"chart-total-title\">Burglaries of homes: total for Suffolk"),
                                containsString("class=\"scrutiny-icon\""))));
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/indicators/I4"))
                .andExpect(content().string(containsString("id=\"chart-total\"")));
        mvc.perform(get("/plans/" + TestData.PUBLISHED))
                .andExpect(content().string(containsString("class=\"sparkline\"")))
                // I4 is a P chart: its sparkline comes from the qicharts2-family chart.
                .andExpect(
                        content().string(containsString("aria-label=\"14 points; latest point within the limits\"")));
    }
}
