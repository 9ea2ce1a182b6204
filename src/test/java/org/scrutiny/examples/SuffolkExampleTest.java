package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.ScheduledReport;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;

/**
 * The bundled Suffolk plan file against the document it transcribes, the Suffolk Police and Crime
 * Plan 2017-2021 (its Action Plan and its Performance Management Framework). The expected numbers
 * and words are counted and copied from the document, section by section, not from the plan file.
 */
class SuffolkExampleTest {
    private static final Plan PLAN = ExamplePlans.read("suffolk-2017-2021");

    private static final String PMF = "Scrutinised via performance management framework";

    /**
     * The quarterly crime suite: "Domestic abuse, serious sexual offences, child sexual abuse, hate crime
     * and cyber-enabled crimes".
     */
    private static final List<String> QUARTERLY_CRIME = List.of(
            "domestic-abuse", "serious-sexual-offences", "child-sexual-abuse", "hate-crime", "cyber-enabled-crime");

    /**
     * The annual crime suite: "Domestic burglary, violence with injury, robbery, ASB, reoffending and drug
     * trafficking".
     */
    private static final List<String> ANNUAL_CRIME =
            List.of("domestic-burglary", "violence-with-injury", "robbery", "asb", "reoffending", "drug-trafficking");

    private static Action action(String ref) {
        return PLAN.action(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Indicator indicator(String ref) {
        return PLAN.indicator(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Stream<PlanItem> numberedActions() {
        return PLAN.items().stream().flatMap(objective -> objective.items().stream());
    }

    @Test
    void holdsTheFourObjectivesOfTheActionPlanInTheirWords() {
        // Action Plan: "Objective 1:" to "Objective 4:" headings, without their closing full stop.
        assertThat(PLAN.items())
                .extracting(PlanItem::title)
                .containsExactly(
                        "Responding to calls for urgent assistance",
                        "Caring about victims, communities, the local economy and our people",
                        "Protecting the most vulnerable people and communities by preventing, reducing and solving crime"
                                + " and anti-social behaviour",
                        "Making Suffolk Safer - An ethical, efficient and effective service with the right resources");
        assertThat(PLAN.levelName(0)).isEqualTo("objective");
        assertThat(PLAN.levelName(1)).isEqualTo("action");
    }

    @Test
    void holdsTheNineteenNumberedActionsUnderTheirObjectives() {
        // Action Plan: actions 1-2 under Objective 1, 3-7 under 2, 8-16 under 3, 17-19 under 4.
        assertThat(PLAN.items())
                .extracting(objective -> objective.items().size())
                .containsExactly(2, 5, 9, 3);
        assertThat(numberedActions())
                .extracting(PlanItem::ref)
                .containsExactly(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                        "18", "19");
        assertThat(numberedActions())
                .extracting(PlanItem::title)
                .contains(
                        "Emergency (999) calls",
                        "Responding to '999' incidents",
                        "Engagement with constituents, partners, stakeholders and businesses",
                        "Protecting our most vulnerable victims and victims of hidden harm",
                        "Roads safety",
                        "Reducing Reoffending and Transforming Rehabilitation",
                        "Deliver an efficient service with a relentless focus on value for money",
                        "An effective organisation with the right resources");
    }

    @Test
    void holdsEveryPromiseOfEachNumberedAction() {
        // The statements in the Action Plan's middle column, each with its "how monitored/by when" text.
        // Action 7's "Suffolk Constabulary will:" list counts as its six bulleted promises.
        Map<String, Integer> promises = Map.ofEntries(
                Map.entry("1", 1),
                Map.entry("2", 2),
                Map.entry("3", 4),
                Map.entry("4", 5),
                Map.entry("5", 6),
                Map.entry("6", 3),
                Map.entry("7", 1 + 6 + 7),
                Map.entry("8", 4),
                Map.entry("9", 4),
                Map.entry("10", 3),
                Map.entry("11", 3),
                Map.entry("12", 3),
                Map.entry("13", 3),
                Map.entry("14", 4),
                Map.entry("15", 3),
                Map.entry("16", 4),
                Map.entry("17", 2),
                Map.entry("18", 6),
                Map.entry("19", 7));

        numberedActions()
                .forEach(item -> assertThat(item.actions())
                        .as("promises of action %s", item.ref())
                        .hasSize(promises.get(item.ref())));
        assertThat(PLAN.allActions()).hasSize(81);
        // Each promise is the action's number, a dot and its place, so progress can be recorded against it.
        numberedActions()
                .forEach(item -> assertThat(item.actions())
                        .extracting(Action::ref)
                        .allMatch(ref -> ref.startsWith(item.ref() + ".")));
    }

    @Test
    void keepsEveryPromiseHowItIsMonitoredOrByWhenAndStatesNoStatus() {
        assertThat(PLAN.allActions())
                .allSatisfy(a -> assertThat(a.scrutiny() != null || a.dueText() != null)
                        .as("action %s has its monitoring text", a.ref())
                        .isTrue())
                // The document states no progress of any action.
                .allSatisfy(a -> assertThat(a.status()).isNull())
                // Lead officers are set out in the Strategic Delivery Plan, not in this document.
                .allSatisfy(a -> assertThat(a.lead()).isNull());
        // "Scrutiny via performance management framework": 17.1 and the first three promises of 19.
        assertThat(PLAN.allActions().filter(a -> "Scrutiny via performance management framework".equals(a.scrutiny())))
                .extracting(Action::ref)
                .containsExactly("17.1", "19.1", "19.2", "19.3");
        // "key partnerships" is the monitoring of six promises (footnote iii on the first).
        assertThat(PLAN.allActions()
                        .filter(a -> a.scrutiny() != null && a.scrutiny().contains("key partnerships")))
                .extracting(Action::ref)
                .containsExactly("8.4", "9.4", "10.3", "11.3", "12.2", "18.3");
    }

    @Test
    void readsEachPromiseInTheDocumentsWords() {
        assertThat(action("1.1").text())
                .isEqualTo("Suffolk Constabulary will answer a minimum of 90% of all '999' emergency calls within 10"
                        + " seconds.");
        assertThat(action("1.1").scrutiny()).isEqualTo(PMF);
        assertThat(action("10.3").text())
                .isEqualTo("I will to work in partnership to improve the whole system for victims.");
        assertThat(action("5.3").text()).isEqualTo("I will be advocate for the local economy.");
        assertThat(action("8.3").scrutiny())
                .isEqualTo("Through feedback from the Strategic Assessments and victims’ services providers, partners"
                        + " and crime and disorder reduction grants");
        assertThat(action("18.6").scrutiny())
                .isEqualTo("Scrutiny via Accountability and Performance Panel, Collaboration Panel and other governance"
                        + " mechanisms (e.g. 7 forces and blue light collaboration)");
        assertThat(action("19.4").dueText())
                .isEqualTo("Home Office & Association of Police and Crime Commissioners by April 2017");
        assertThat(action("7.7").text())
                .isEqualTo("Suffolk Constabulary will ensure that the use of technology (such as the Storm command and"
                        + " control system) is optimised to ensure accurate recording and response.");
        assertThat(Stream.of("7.2", "7.3", "7.4").map(SuffolkExampleTest::action))
                .allSatisfy(a -> assertThat(a.dueText())
                        .isEqualTo("Initial evaluation October 2017 and full year evaluation March 2018"))
                .allSatisfy(a -> assertThat(a.due()).isEqualTo(new Due.ByMonth(YearMonth.of(2018, 3))));
    }

    @Test
    void namesTheResponsiblePartiesOfEachPromise() {
        // "Suffolk Constabulary will …"
        assertThat(action("1.1").responsible()).containsExactly(Party.CHIEF_CONSTABLE);
        // "I will work with the Chief Constable …"
        assertThat(action("2.2").responsible()).containsExactly(Party.COMMISSIONER, Party.CHIEF_CONSTABLE);
        // "Suffolk Constabulary will work with partners …"
        assertThat(action("3.2").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.PARTNERS);
        // "I will work with the Chief Constable and partners …"
        assertThat(action("12.3").responsible())
                .containsExactly(Party.COMMISSIONER, Party.CHIEF_CONSTABLE, Party.PARTNERS);
        // "The Constabulary and the OPCC will be 'learning organisations' …"
        assertThat(action("17.1").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.OPCC);
        // "To share information, and better co-ordinate activity, with neighbouring rural police forces." names no one.
        assertThat(action("16.4").responsible()).isEmpty();
        assertThat(PLAN.allActions().filter(a -> a.responsible().isEmpty()))
                .extracting(Action::ref)
                .containsExactly("16.4");
    }

    @Test
    void givesEveryByMonthItsMonthAsTheDueDate() {
        // 19 "by/By <month> <year>" in the Action Plan's right-hand column.
        Pattern byMonth = Pattern.compile("(?i)\\bby (\\w+) (\\d{4})");
        List<Action> dated = PLAN.allActions()
                .filter(a -> a.dueText() != null && byMonth.matcher(a.dueText()).find())
                .toList();

        assertThat(dated).hasSize(19);
        for (Action a : dated) {
            Matcher m = byMonth.matcher(a.dueText());
            assertThat(m.find()).isTrue();
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            assertThat(a.due())
                    .as(a.ref())
                    .isEqualTo(new Due.ByMonth(YearMonth.of(Integer.parseInt(m.group(2)), month)));
        }
        assertThat(action("9.3").due()).isEqualTo(new Due.ByMonth(YearMonth.of(2017, 1)));
        assertThat(action("18.4").dueText()).isEqualTo("Delivery by March 2020");
        // "Ongoing via …" five times; "Reported to the Audit Committee annually"; "Attend annual meetings".
        assertThat(PLAN.allActions().filter(a -> a.due() instanceof Due.Ongoing))
                .extracting(Action::ref)
                .containsExactly("4.5", "5.1", "5.3", "5.5", "5.6");
        assertThat(PLAN.allActions().filter(a -> a.due() instanceof Due.Recurring))
                .extracting(Action::ref)
                .containsExactly("7.8", "17.2");
    }

    @Test
    void keepsTheSixFootnotesWithThePromisesTheyAnnotate() {
        // Footnotes i to vi of the Action Plan.
        assertThat(PLAN.allActions().mapToInt(a -> a.notes().size()).sum()).isEqualTo(6);
        assertThat(action("8.1").notes())
                .containsExactly("Hidden harm includes child sexual exploitation, human trafficking, female genital"
                        + " mutilation, ‘online’ harm, honour based violence, and other offences which are committed"
                        + " out of sight, online, etc.");
        assertThat(action("8.2").notes().getFirst()).startsWith("As defined by the Code of Practice for Victims.");
        assertThat(action("8.4").notes().getFirst()).startsWith("Key partnerships could include: Health & Well-Being");
        assertThat(action("12.1").notes())
                .containsExactly("Services to victims of online fraud are provided by Action Fraud (a national body).");
        assertThat(action("16.2").notes())
                .containsExactly("For example hare coursing, poaching, farm and agricultural theft etc.");
        assertThat(action("18.2").notes())
                .containsExactly("Eastern Region Special Operations Unit and Counter Intelligence and Terrorism Unit");
    }

    @Test
    void holdsEveryMeasureOfTheFramework() {
        // Crime: 5 categories x 6 quarterly indicators, 6 categories x 7 annual ones. The two comparisons with
        // most similar forces of each are 'compared-with-peers' on the count and the solved rate, and each
        // chain of proportions has 3 counts behind it: 5 x (6 - 2 + 3) + 6 x (7 - 2 + 3).
        int crime = 5 * (6 - 2 + 3) + 6 * (7 - 2 + 3);
        // Not in the document: all crime but fraud, kept as the context of the bundled example data.
        int context = 1;
        int publicSafety = 3;
        int confidenceAndSatisfaction = 6;
        int workforce = 4;
        // Diversity: one indicator of five sub-measures a-e that are not parts of one whole, so five indicators.
        int diversity = 5;

        assertThat(PLAN.allIndicators())
                .hasSize(crime + context + publicSafety + confidenceAndSatisfaction + workforce + diversity);
        // The document states no baseline for any measure.
        assertThat(PLAN.allIndicators())
                .allSatisfy(i -> assertThat(i.baseline()).isEqualTo(new Baseline.None()));
        // Its only targets are those of actions 1 and 2.
        assertThat(PLAN.allIndicators().filter(i -> !(i.target() instanceof Target.None)))
                .extracting(Indicator::ref)
                .containsExactly("999-answered-10s", "emergency-response");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "domestic-abuse",
                "serious-sexual-offences",
                "child-sexual-abuse",
                "hate-crime",
                "cyber-enabled-crime"
            })
    void chainsEachQuarterlyCrimeCategoryFromCrimesToSolved(String category) {
        assertThat(QUARTERLY_CRIME).contains(category);
        assertChain(category);
        assertThat(Stream.of("", "-investigation-possible", "-victim-supports-prosecution", "-solved-rate")
                        .map(step -> indicator(category + step)))
                .allSatisfy(i -> assertThat(i.reportedOrDefault()).isEqualTo(Frequency.QUARTERLY));
        assertThat(PLAN.indicator(category + "-overall-solved-rate")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"domestic-burglary", "violence-with-injury", "robbery", "asb", "reoffending", "drug-trafficking"
            })
    void chainsEachAnnualCrimeCategoryFromCrimesToSolvedWithItsOverallSolvedRate(String category) {
        assertThat(ANNUAL_CRIME).contains(category);
        assertChain(category);
        Indicator overall = indicator(category + "-overall-solved-rate");
        assertThat(overall.unit()).isEqualTo(Unit.PERCENT);
        assertThat(overall.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(Stream.of(
                                "",
                                "-overall-solved-rate",
                                "-investigation-possible",
                                "-victim-supports-prosecution",
                                "-solved-rate")
                        .map(step -> indicator(category + step)))
                .allSatisfy(i -> assertThat(i.reportedOrDefault()).isEqualTo(Frequency.ANNUAL));
        // Indicator 5 of the annual suite is marked "** Where appropriate".
        assertThat(indicator(category + "-victim-supports-prosecution").description())
                .contains("where appropriate");
    }

    /**
     * Crimes → % where an investigation is possible → % of those where the victim supports prosecution →
     * % of those solved.
     */
    private static void assertChain(String category) {
        Indicator crimes = indicator(category);
        assertThat(crimes.unit()).isEqualTo(Unit.COUNT);
        assertThat(crimes.comparedWithPeers()).isTrue();
        assertThat(crimes.name()).endsWith(": number of crimes");

        assertThat(indicator(category + "-investigation-possible").derivation())
                .isEqualTo(new Indicator.Derivation(category + "-investigable", category, 100));
        assertThat(indicator(category + "-victim-supports-prosecution").derivation())
                .isEqualTo(new Indicator.Derivation(category + "-victim-supports", category + "-investigable", 100));
        Indicator solved = indicator(category + "-solved-rate");
        assertThat(solved.derivation())
                .isEqualTo(new Indicator.Derivation(category + "-solved", category + "-victim-supports", 100));
        assertThat(solved.comparedWithPeers()).isTrue();
        assertThat(solved.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(Stream.of("-investigation-possible", "-victim-supports-prosecution", "-solved-rate")
                        .map(step -> indicator(category + step)))
                .allSatisfy(i -> assertThat(i.unit()).isEqualTo(Unit.PERCENT));
        assertThat(Stream.of("-investigable", "-victim-supports", "-solved").map(step -> indicator(category + step)))
                .allSatisfy(i -> assertThat(i.unit()).isEqualTo(Unit.COUNT))
                .allSatisfy(i -> assertThat(i.frequency()).isEqualTo(crimes.frequency()));
    }

    @Test
    void keepsTheHomeOfficeSeriesOfTheBundledDataAsRollingYearsReportedAnnually() {
        assertThat(Stream.of("domestic-burglary", "violence-with-injury", "robbery")
                        .map(SuffolkExampleTest::indicator))
                .allSatisfy(i -> assertThat(i.source()).isEqualTo("Home Office police recorded crime"))
                .allSatisfy(i -> assertThat(i.frequency()).isEqualTo(Frequency.QUARTERLY))
                .allSatisfy(i -> assertThat(i.reported()).isEqualTo(Frequency.ANNUAL))
                .allSatisfy(i -> assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER));
    }

    @Test
    void readsTheCrimeCountsTheHomeOfficeTableGivesFromItsSharedSeries() {
        // Robbery and violence with injury are offences of the table, and total recorded crime its total.
        // Domestic burglary became residential burglary in April 2017: the plan's series is the import's
        // domestic-or-residential burglary, the two added together, whose limits restart at the change.
        Map<String, String> bound = PLAN.allIndicators()
                .filter(i -> i.measure() != null)
                .collect(Collectors.toMap(Indicator::ref, Indicator::measure));
        assertThat(bound)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "crime-total", "home-office/crime/total",
                        "violence-with-injury", "home-office/crime/violence-with-injury",
                        "robbery", "home-office/crime/robbery",
                        "domestic-burglary", "home-office/crime/domestic-or-residential-burglary"));
        assertThat(indicator("domestic-burglary").chart().rebaseAt())
                .containsExactly(Period.parse("12 months to 2017-06"));
        // Domestic abuse, serious sexual offences, child sexual abuse, hate crime, cyber-enabled crime,
        // ASB, reoffending and drug trafficking are not offences of the table.
        assertThat(indicator("domestic-abuse").measure()).isNull();
        assertThat(indicator("serious-sexual-offences").measure()).isNull();
    }

    @Test
    void holdsThePublicSafetyMeasuresWithTheTargetsOfActionsOneAndTwo() {
        // Public Safety, indicators 1-3, "updated quarterly".
        assertThat(Stream.of("999-answered-10s", "emergency-response", "ksi-collisions")
                        .map(SuffolkExampleTest::indicator))
                .extracting(Indicator::name)
                .containsExactly(
                        "% of 999s answered within ten seconds",
                        "% of emergencies responded to within target time",
                        "Number of killed and seriously injured collisions");
        assertThat(Stream.of("999-answered-10s", "emergency-response", "ksi-collisions")
                        .map(SuffolkExampleTest::indicator))
                .allSatisfy(i -> assertThat(i.frequency()).isEqualTo(Frequency.QUARTERLY));
        assertThat(indicator("999-answered-10s").target())
                .isEqualTo(new Target.AtLeast(
                        90,
                        null,
                        "Suffolk Constabulary will answer a minimum of 90% of all '999' emergency calls within 10"
                                + " seconds."));
        Indicator response = indicator("emergency-response");
        assertThat(response.target())
                .isInstanceOfSatisfying(
                        Target.AtLeast.class, t -> assertThat(t.value()).isEqualTo(90));
        assertThat(response.breakdowns().getFirst().values())
                .extracting(Breakdown.Value::key)
                .containsExactly("urban", "rural");
        assertThat(response.breakdowns().getFirst().values())
                .extracting(Breakdown.Value::label)
                .allSatisfy(label -> assertThat(label).containsAnyOf("15 minutes", "20 minutes"));
    }

    @Test
    void holdsTheConfidenceAndSatisfactionMeasures() {
        // Confidence & Satisfaction, indicators 1-4: from the Crime Survey of England and Wales, which reports
        // quarterly, reported six monthly.
        List<Indicator> survey = Stream.of(
                        "public-good-job", "public-community-priorities", "public-fair-treatment", "public-confidence")
                .map(SuffolkExampleTest::indicator)
                .toList();
        assertThat(survey)
                .extracting(Indicator::name)
                .containsExactly(
                        "% of public who agree that police do a good job",
                        "% of public who agree police deal with community priorities",
                        "% of public who agree police would treat them fairly",
                        "% of public who agree that they have confidence in the police overall");
        assertThat(survey)
                .allSatisfy(i -> assertThat(i.source()).isEqualTo("Crime Survey of England and Wales"))
                .allSatisfy(i -> assertThat(i.frequency()).isEqualTo(Frequency.QUARTERLY))
                .allSatisfy(i -> assertThat(i.reported()).isEqualTo(Frequency.SIX_MONTHLY));
        assertThat(indicator("answer-101").name()).isEqualTo("Average answering time for 101 calls");

        // Indicator 6, for victims of SSO, DA and Hate Crime, with sub-measures a-e.
        Indicator satisfaction = indicator("victim-satisfaction");
        assertThat(satisfaction.breakdowns()).extracting(Breakdown::key).containsExactly("victims", "aspect");
        assertThat(satisfaction.breakdowns().get(0).values()).hasSize(3);
        assertThat(satisfaction.breakdowns().get(1).values())
                .extracting(Breakdown.Value::label)
                .containsExactly(
                        "a. With overall service",
                        "b. With accessibility",
                        "c. With actions taken",
                        "d. With treatment",
                        "e. With how well they were kept informed");
    }

    @Test
    void holdsTheWorkforceMeasuresWithTheirSubMeasuresAToJ() {
        // Workforce, indicators 1-4 with sub-measures a-c, d-f, g-h and i-j.
        Map<String, Integer> roles =
                Map.of("workforce-posts", 3, "sickness", 3, "restricted-duties", 2, "adjusted-duties", 2);
        roles.forEach((ref, count) -> assertThat(
                        indicator(ref).breakdowns().getFirst().values())
                .as(ref)
                .hasSize(count));
        assertThat(roles.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(indicator("workforce-posts").breakdowns().get(1).values())
                .extracting(Breakdown.Value::key)
                .containsExactly("funded", "actual");
        assertThat(indicator("workforce-posts").description())
                .contains("The definitions of posts and the presentation of these may be subject to change.");
        assertThat(indicator("restricted-duties").name()).isEqualTo("Percentage and number on restricted duties");

        // The diversity indicator, "updated quarterly", sub-measures a-e.
        assertThat(Stream.of(
                                "workforce-bme",
                                "workforce-female",
                                "workforce-lgbtq",
                                "workforce-disabled",
                                "workforce-part-time")
                        .map(SuffolkExampleTest::indicator))
                .extracting(Indicator::name)
                .containsExactly(
                        "Percentage of workforce: Black or Minority Ethnic",
                        "Percentage of workforce: Female",
                        "Percentage of workforce: LGBTQ+",
                        "Percentage of workforce: Disabled",
                        "Percentage of workforce: Part-time");
    }

    @Test
    void holdsTheCalendarOfQualitativeReports() {
        // "2) Qualitative Monitoring Reports": the five new reports and their frequencies; and the Diversity
        // Annual Report of the Workforce section.
        assertThat(PLAN.reports())
                .filteredOn(r -> r.title().endsWith(" Report"))
                .extracting(ScheduledReport::title, ScheduledReport::every)
                .containsExactly(
                        tuple("Public Access & CCR Report", Frequency.SIX_MONTHLY),
                        tuple("Victim Code Report", Frequency.SIX_MONTHLY),
                        tuple("Confidence & Satisfaction Report", Frequency.SIX_MONTHLY),
                        tuple("Workforce Report", Frequency.ANNUAL),
                        tuple("Road Safety Report", Frequency.ANNUAL),
                        tuple("Diversity Annual Report", Frequency.ANNUAL));
        // The other papers the framework names: the Chief Constable's performance reports, the quarterly
        // high level workforce updates, the Medium Term Financial Plan, the regular qualitative reports to
        // the two panels, and the Strategic Delivery Plan; and the Action Plan's annual report to the Audit
        // Committee (17.2: "Reported to the Audit Committee annually").
        assertThat(PLAN.reports()).hasSize(12);
        assertThat(report("audit-committee")).satisfies(r -> {
            assertThat(r.every()).isEqualTo(Frequency.ANNUAL);
            assertThat(r.audience()).isEqualTo("Audit Committee");
            assertThat(r.timing()).isEqualTo("Reported to the Audit Committee annually");
            assertThat(r.covers()).containsExactly("17.2");
        });
        // Workforce: "Complete workforce data will be reported annually in the Medium Term Financial Plan";
        // 18.1: "Reported via the Medium Term Financial Plan to the Police and Crime Panel".
        assertThat(report("medium-term-financial-plan").covers())
                .containsExactly("workforce-posts", "sickness", "restricted-duties", "adjusted-duties", "18.1");
        // Performance Management Framework, 1) Quantitative Measures, paragraph 2, word for word.
        assertThat(report("performance").timing())
                .isEqualTo("Quantitative indicators will be reported, either quarterly or annually to the meetings of"
                        + " the Accountability and Performance Panel. The frequency is indicated against each measure"
                        + " on the lists that follow.");
        assertThat(report("confidence-satisfaction").covers())
                .containsExactly(
                        "public-good-job",
                        "public-community-priorities",
                        "public-fair-treatment",
                        "public-confidence",
                        "answer-101",
                        "victim-satisfaction");
        assertThat(report("medium-term-financial-plan").audience()).isEqualTo("Police and Crime Panel");
        assertThat(report("qualitative-reports").audience())
                .isEqualTo("Accountability and Performance Panel and Collaboration Panel");
        assertThat(report("road-safety").description()).contains("fatal four and road safety interventions");
        // The performance report covers every measure reported to the panel quarterly or annually.
        assertThat(report("performance").covers())
                .contains("999-answered-10s", "ksi-collisions", "workforce-part-time")
                .containsAll(QUARTERLY_CRIME)
                .containsAll(ANNUAL_CRIME);
    }

    private static ScheduledReport report(String ref) {
        return PLAN.report(ref).orElseThrow(() -> new AssertionError(ref));
    }
}
