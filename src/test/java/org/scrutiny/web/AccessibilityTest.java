package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The structure every page needs for WCAG 2.2 AA, checked on the rendered HTML of each page in each
 * state that changes it (signed in, with errors, error pages). The axe-core scan in
 * {@code docs/accessibility.md} checks what needs a browser, such as contrast; these checks guard the
 * rest on every build.
 */
@WebTest
class AccessibilityTest {
    private static final String PLAN = "/plans/" + TestData.PUBLISHED;
    private static final Set<String> VAGUE_LINK_TEXT =
            Set.of("here", "click here", "more", "read more", "link", "this");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /** How to get a page's HTML: through MockMvc, or through the real server for error pages. */
    interface Fetch {
        String html(AccessibilityTest test) throws Exception;
    }

    /** A page in one state: its name for the test report, and how to ask for it. */
    record Page(String name, Fetch fetch) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Page page(String name, RequestBuilder request) {
        return new Page(
                name,
                (AccessibilityTest test) ->
                        test.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** MockMvc does not forward errors to the error pages, so these go through the real server. */
    private static Page errorPage(String name, String method, String path) {
        return new Page(
                name,
                test -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + test.port + path))
                                        .header("Accept", "text/html")
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .method(method, HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .body());
    }

    static Stream<Page> pages() {
        return Stream.of(
                page("plan list", get("/")),
                page("plan list, signed in", get("/").with(user("v").roles("VIEWER"))),
                page("plan", get(PLAN)),
                page(
                        "draft plan, analyst",
                        get("/plans/" + TestData.DRAFT).with(user("a").roles("ANALYST"))),
                page("published plan, admin", get(PLAN).with(user("a").roles("ADMIN"))),
                page("indicator", get(PLAN + "/indicators/I1")),
                page("indicator as at a date", get(PLAN + "/indicators/I1").param("asAt", TestData.BEFORE_REVISION)),
                page("indicator without data", get(PLAN + "/indicators/I2")),
                page("indicator with a special cause", get(PLAN + "/indicators/I3")),
                page("indicator on a P chart", get(PLAN + "/indicators/I4")),
                page("chain of proportions", get("/plans/" + TestChains.PLAN + "/chains/burglary")),
                page("chain of proportions without data", get("/plans/" + TestChains.PLAN + "/chains/hate-crime")),
                page("plan with chains", get("/plans/" + TestChains.PLAN)),
                page("exceptions", get(PLAN + "/exceptions")),
                page("scorecard", get(PLAN + "/scorecard").param("asAt", "2020-02-01")),
                page(
                        "exceptions, none",
                        get("/plans/" + TestData.DRAFT + "/exceptions")
                                .with(user("a").roles("ANALYST"))),
                page("action", get(PLAN + "/actions/A1")),
                page(
                        "action, contributor",
                        get(PLAN + "/actions/A1").with(user("c").roles("CONTRIBUTOR"))),
                page("action with errors", invalidProgressUpdate()),
                page("sign in", get("/sign-in")),
                page("sign in failed", get("/sign-in").param("error", "")),
                page("signed out", get("/sign-in").param("signedOut", "")),
                errorPage("403 forbidden", "POST", PLAN + "/withdraw"),
                errorPage("404 not found", "GET", "/plans/no-such-plan"),
                errorPage("400 bad request", "GET", PLAN + "/indicators/I1?asAt=31-03-2019"));
    }

    private static RequestBuilder invalidProgressUpdate() {
        return post(PLAN + "/actions/A1/updates")
                .param("asOf", "2019-02-30")
                .param("status", "")
                .param("text", " ")
                .with(csrf())
                .with(user("c").roles("CONTRIBUTOR"));
    }

    private Document render(Page page) throws Exception {
        String html = page.fetch().html(this);
        assertThat(html).as("%s renders a page", page).contains("<html");
        return Jsoup.parse(html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void saysItsLanguageAndHasADescriptiveTitleAndOneH1(Page page) throws Exception {
        Document doc = render(page);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(doc.title()).endsWith(" – Scrutiny").isNotEqualTo("Scrutiny");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.selectFirst("h1").text()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givesEveryChartAndIconARoleANameAndADescription(Page page) throws Exception {
        for (Element svg : render(page).select("main svg")) {
            if (svg.attr("aria-hidden").equals("true")) {
                continue;
            }
            assertThat(svg.attr("role"))
                    .as("%s", svg.outerHtml().lines().findFirst().orElse(""))
                    .isEqualTo("img");
            Element title = svg.selectFirst("> title");
            boolean labelled = !svg.attr("aria-label").isBlank()
                    || !svg.attr("aria-labelledby").isBlank()
                    || (title != null && !title.text().isBlank());
            assertThat(labelled).as("an SVG image has a name").isTrue();
            Element desc = svg.selectFirst("> desc");
            if (desc != null) {
                assertThat(desc.text())
                        .as("an SVG's description says something")
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void skipsNoHeadingLevelGoingDown(Page page) throws Exception {
        int previous = 1;
        for (Element heading : render(page).select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as("%s after h%d", heading, previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void putsAllContentInLandmarksWithASkipLinkToMain(Page page) throws Exception {
        Document doc = render(page);
        Element skip = doc.body().selectFirst("a[href]");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.selectFirst("main").id()).isEqualTo("main");
        assertThat(doc.select("header")).hasSize(1);
        assertThat(doc.select("footer")).hasSize(1);
        // Only the skip link may live outside header, main and footer; it is shown only on focus.
        for (Element element : doc.body().select("*")) {
            if (!element.ownText().isBlank()) {
                assertThat(element.closest("header, main, footer, .skip-link"))
                        .as("%s is outside every landmark", element)
                        .isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void labelsEveryFieldAndPointsOnlyAtIdsThatExist(Page page) throws Exception {
        Document doc = render(page);
        Map<String, Integer> ids = new HashMap<>();
        doc.select("[id]").forEach(e -> ids.merge(e.id(), 1, Integer::sum));
        assertThat(ids)
                .as("ids are unique")
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        for (Element field : doc.select("input:not([type=hidden]), select, textarea")) {
            assertThat(field.id()).as("%s has an id", field).isNotBlank();
            assertThat(doc.select("label[for=\"" + field.id() + "\"]"))
                    .as("%s has a label", field)
                    .hasSize(1);
        }
        for (Element referrer : doc.select("[aria-describedby], [aria-labelledby]")) {
            String refs = referrer.attr("aria-describedby") + " " + referrer.attr("aria-labelledby");
            for (String id : refs.trim().split("\\s+")) {
                assertThat(ids).as("%s points at #%s", referrer.tagName(), id).containsKey(id);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givesEveryTableACaptionScopedHeadersAndAScrollRegion(Page page) throws Exception {
        for (Element table : render(page).select("table")) {
            assertThat(table.selectFirst("caption")).as("caption of %s", table).isNotNull();
            assertThat(table.selectFirst("caption").text()).isNotBlank();
            for (Element th : table.select("th")) {
                assertThat(th.attr("scope")).as("%s", th).isIn("col", "row");
            }
            // Narrow screens scroll the table, not the page (1.4.10); keyboards need to reach the scroller.
            Element region = table.parent();
            assertThat(region.hasClass("table-wrap"))
                    .as("%s is in a scroll region", table.selectFirst("caption"))
                    .isTrue();
            assertThat(region.attr("role")).isEqualTo("region");
            assertThat(region.attr("tabindex")).isEqualTo("0");
            assertThat(region.hasAttr("aria-label") || region.hasAttr("aria-labelledby"))
                    .as("the region has a name")
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasLinksThatMakeSenseOutOfContext(Page page) throws Exception {
        for (Element link : render(page).select("a[href]")) {
            String name = link.hasAttr("aria-label") ? link.attr("aria-label") : link.text();
            assertThat(name).as("%s", link).isNotBlank();
            assertThat(VAGUE_LINK_TEXT)
                    .as("%s", link)
                    .doesNotContain(name.toLowerCase().strip());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsToTheContentSecurityPolicyWithNoInlineScriptOrStyle(Page page) throws Exception {
        Document doc = render(page);
        assertThat(doc.select("script, style, [style]")).isEmpty();
        assertThat(doc.getAllElements().stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")))
                .isEmpty();
    }

    @Test
    void linksEachErrorInTheSummaryToItsFieldAndSaysErrorInTheTitle() throws Exception {
        Document doc = render(page("action with errors", invalidProgressUpdate()));
        assertThat(doc.title()).startsWith("Error: ");
        Element summary = doc.selectFirst("main .error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(doc.selectFirst("main > *:not(nav)"))
                .as("the summary comes before the rest of the page")
                .isSameAs(summary);
        Elements invalid = doc.select("[aria-invalid=true]");
        assertThat(invalid).extracting(Element::id).containsExactlyInAnyOrder("asOf", "status", "text");
        for (Element field : invalid) {
            assertThat(summary.select("a[href=\"#" + field.id() + "\"]"))
                    .as("summary links to %s", field.id())
                    .hasSize(1);
            assertThat(field.attr("aria-describedby")).contains(field.id() + "-error");
            assertThat(doc.getElementById(field.id() + "-error").text()).startsWith("Error:");
        }
    }

    @Test
    void tiesAFailedSignInToTheUsernameField() throws Exception {
        Document doc = render(page("sign in failed", get("/sign-in").param("error", "")));
        assertThat(doc.title()).isEqualTo("Error: Sign in – Scrutiny");
        assertThat(doc.select(".error-summary a[href=\"#username\"]")).hasSize(1);
        assertThat(doc.getElementById("username").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.getElementById("username").attr("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    void givesEachDifferentPageItsOwnTitle() throws Exception {
        List<String> titles = new ArrayList<>();
        for (Page page : pages().filter(p -> !p.name().contains(",")).toList()) {
            titles.add(render(page).title());
        }
        // "signed out" is the sign-in page again, with a notice, so it shares that page's title.
        titles.remove("Sign in – Scrutiny");
        assertThat(titles).doesNotHaveDuplicates();
    }

    @Test
    void writesPeriodsAndNumbersForPeople() throws Exception {
        Document doc = render(page("indicator", get(PLAN + "/indicators/I1")));
        Element total = doc.selectFirst("table:has(caption:contains(Total for Suffolk))");
        assertThat(total.select("tbody th").eachText()).contains("October 2019", "November 2019");
        assertThat(total.select("thead th").eachText())
                .as("the value column names the unit; counts have no numerator or denominator; the chart's lines and"
                        + " signals; a note was loaded")
                .containsExactly(
                        "Period",
                        "Number",
                        "Mean",
                        "Lower limit",
                        "Upper limit",
                        "Special cause",
                        "Revision",
                        "Status",
                        "Note");
    }
}
