package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;

/**
 * The Nottinghamshire example plan against its source, Appendix A of the Police and Crime Plan
 * 2018-21, "Police and Crime Plan Strategic Framework (2018-21) – Draft V18". Every expected value
 * below was counted or copied from that document, whose sections the comments name; none was read
 * from the plan file.
 */
class NottinghamshireExampleTest {
    private static final Path FILE = Path.of("examples/plans/nottinghamshire-2018-2021.yaml");
    private static final String REPEATS = "Reduce the proportion of crimes that are repeats compared to 2017-18";
    private static final List<Party> ALL_THREE = List.of(Party.COMMISSIONER, Party.CHIEF_CONSTABLE, Party.PARTNERS);

    private static Plan plan;

    @BeforeAll
    static void readThePlan() {
        plan = ExamplePlans.read("nottinghamshire-2018-2021");
    }

    private static PlanItem item(String ref) {
        return plan.item(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Indicator indicator(String ref) {
        return plan.indicator(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Action action(String ref) {
        return plan.action(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static List<String> labelsOf(Breakdown breakdown) {
        return breakdown.values().stream().map(Breakdown.Value::label).toList();
    }

    private static List<String> refsWhere(java.util.function.Predicate<Indicator> test) {
        return plan.allIndicators().filter(test).map(Indicator::ref).sorted().toList();
    }

    @Test
    void holdsTheFrameworksVisionAndValuesAsADraft() {
        assertThat(plan.id()).isEqualTo("nottinghamshire-2018-2021");
        assertThat(plan.force()).isEqualTo("nottinghamshire");
        // "(2018-21)": the three financial years from April 2018.
        assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(plan.endsOn()).isEqualTo(LocalDate.of(2021, 3, 31));
        // "Draft V18", "FOR INTERNAL MONITORING PURPOSES".
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        // COMMISSIONER'S VISION, and the five statements that follow it.
        assertThat(plan.vision()).isEqualTo("Working with you for a safer Nottingham and Nottinghamshire");
        assertThat(plan.values())
                .containsExactly(
                        "Professional",
                        "Respect for All",
                        "One team",
                        "Utmost integrity, trust and honesty",
                        "Doing it differently");
        assertThat(plan.levels()).containsExactly("theme", "outcome", "measure");
    }

    @Test
    void hasFourThemesEachWithOutcomesAToD() {
        // STRATEGIC THEMES AND STRATEGIC OUTCOMES: T1 to T4, each with outcomes A, B, C and D.
        assertThat(plan.items())
                .extracting(PlanItem::ref, PlanItem::title)
                .containsExactly(
                        tuple("T1", "Protecting People from Harm"),
                        tuple("T2", "Helping and Supporting Victims"),
                        tuple("T3", "Tackling Crime and Antisocial Behaviour"),
                        tuple("T4", "Transforming Services and Delivering Quality Policing"));
        for (PlanItem theme : plan.items()) {
            assertThat(theme.items())
                    .extracting(PlanItem::ref)
                    .containsExactly(theme.ref() + "A", theme.ref() + "B", theme.ref() + "C", theme.ref() + "D");
        }
    }

    @Test
    void keepsTheWordsOfEveryOutcome() {
        // The sixteen "T1 A." to "T4 D." outcome statements, without their closing full stops.
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("T1A", "More vulnerable people are protected and safeguarded");
        outcomes.put(
                "T1B", "Improve capacity and capability to identify and deal with new serious and emerging threats");
        outcomes.put("T1C", "Maintain focus on action to address the key drivers of crime and demand");
        outcomes.put("T1D", "Improve information sharing between organisations using ECINs");
        outcomes.put(
                "T2A", "More people have the confidence to report crime and focus resources on repeat victimisation");
        outcomes.put("T2B", "More victims cope and recover");
        outcomes.put("T2C", "Victims cope and recover following restorative justice");
        outcomes.put("T2D", "Victims receive high quality effective support");
        outcomes.put("T3A", "Communities and people are safer and feel safer");
        outcomes.put("T3B", "Fewer people commit crime and offenders are supported to rehabilitate");
        outcomes.put("T3C", "Build stronger and more cohesive communities");
        outcomes.put("T3D", "Hold offenders to account through an effective criminal justice system");
        outcomes.put("T4A", "Improve community and victim confidence and satisfaction in policing");
        outcomes.put("T4B", "Improve service delivery and save money through collaboration and innovation");
        outcomes.put(
                "T4C",
                "The Police workforce is representative of the community it serves and has the resources to do"
                        + " its job");
        outcomes.put("T4D", "Value for money is delivered and waste is minimised");

        Map<String, String> actual = plan.items().stream()
                .flatMap(theme -> theme.items().stream())
                .collect(Collectors.toMap(PlanItem::ref, PlanItem::title, (a, b) -> a, LinkedHashMap::new));
        assertThat(actual).containsExactlyEntriesOf(outcomes);
    }

    @Test
    void hasEveryNumberedMeasureOfEachOutcome() {
        // The numbered performance measures under each outcome. Where the document groups measures
        // under one number ("Serious Sexual Crime:", "Reoffending:", "Weapons:"), the group counts once.
        // T1C's list lost its numbers but for "4. Number of Police incidents ...", its fourth.
        Map<String, Integer> numbered = new LinkedHashMap<>();
        numbered.put("T1A", 1); // 1. HMICFRS PEEL Assessment Grade
        numbered.put("T1B", 2); // HMICFRS Assessment ...; annual SPR Self-assessment
        numbered.put("T1C", 4); // Substance Misuse; alcohol related crimes; drug dealing; 4. mental health
        numbered.put("T1D", 1); // 1. ECIN Users - Increase the number of: a. to e.
        numbered.put("T2A", 3); // 1. reported crime; 2. repeats a. to d.; 3. Serious Sexual Crime a. and b.
        numbered.put("T2B", 2); // Victims Cope and Recover; Extending the reach
        numbered.put("T2C", 3);
        numbered.put("T2D", 3); // 1. to 3.
        numbered.put("T3A", 5); // 1. to 5.
        numbered.put("T3B", 4); // first time entrants; Reoffending; IOM risk score; Weapons
        numbered.put("T3C", 3);
        numbered.put("T3D", 3); // 1. to 3.
        numbered.put("T4A", 3); // 1. to 3.
        numbered.put("T4B", 3); // Budget; efficiencies; non-staff cost
        numbered.put("T4C", 5); // Staffing; BME; front line spend; local policing spend; morale
        numbered.put("T4D", 5); // 1. to 5.

        for (var entry : numbered.entrySet()) {
            PlanItem outcome = item(entry.getKey());
            assertThat(outcome.indicators().size() + outcome.items().size())
                    .as(entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void hasEveryMeasureOfEachOutcomeIncludingThoseGroupedUnderOneNumber() {
        // Each separately measured line: a grouped number counts each of its measures, while lines that
        // only split one measure (Rural/Urban Areas, a. Home ... d. On-line) are its breakdowns.
        Map<String, Integer> measures = new LinkedHashMap<>();
        measures.put("T1A", 1);
        measures.put("T1B", 2);
        measures.put("T1C", 9); // six Substance Misuse measures, then three
        measures.put("T1D", 5); // a. to e.
        measures.put("T2A", 7); // 1; 2 a. to d.; 3 a. and b.
        measures.put("T2B", 4); // two and two
        measures.put("T2C", 3);
        measures.put("T2D", 3);
        measures.put("T3A", 5);
        measures.put("T3B", 8); // 1; four Reoffending; 1; two Weapons
        measures.put("T3C", 3);
        measures.put("T3D", 3);
        measures.put("T4A", 3);
        measures.put("T4B", 3);
        measures.put("T4C", 5);
        measures.put("T4D", 5);

        for (var entry : measures.entrySet()) {
            assertThat(item(entry.getKey())
                            .flatten()
                            .mapToInt(i -> i.indicators().size())
                            .sum())
                    .as(entry.getKey())
                    .isEqualTo(entry.getValue());
        }
        assertThat(plan.allIndicators()).hasSize(69);
        assertThat(plan.allItems()).hasSize(4 + 16 + 8);
    }

    @Test
    void groupsMeasuresUnderTheHeadingsTheDocumentGives() {
        assertThat(plan.allItems().filter(i -> i.ref().contains(".")))
                .extracting(PlanItem::ref, PlanItem::title)
                .containsExactly(
                        tuple("T1C.1", "Criminal Justice Substance Misuse"),
                        tuple("T1D.1", "ECIN Users - Increase the number of"),
                        tuple("T2A.2", REPEATS),
                        tuple("T2A.3", "Serious Sexual Crime"),
                        tuple("T2B.1", "Victims Cope and Recover"),
                        tuple("T2B.2", "Extending the reach"),
                        tuple("T3B.2", "Reoffending"),
                        tuple("T3B.4", "Weapons"));
        assertThat(item("T3B.2").indicators())
                .extracting(Indicator::name)
                .containsExactly(
                        "Percentage of adults reoffending",
                        "Percentage of female adults reoffending",
                        "Percentage of young people reoffending",
                        "Seriousness and frequency of offending");
    }

    @Test
    void breaksMeasuresDownAsTheDocumentDoes() {
        // T3A: "a. Rural Areas b. Urban Areas" (1 and 2); "a. Adults b. Children under 16yrs" (3);
        // "at: a. Home b. Work c. Travelling and d. On-line" (5).
        assertThat(labelsOf(indicator("T3A.1").breakdowns().getFirst())).containsExactly("Rural Areas", "Urban Areas");
        assertThat(labelsOf(indicator("T3A.2").breakdowns().getFirst())).containsExactly("Rural Areas", "Urban Areas");
        assertThat(labelsOf(indicator("T3A.3").breakdowns().getFirst()))
                .containsExactly("Adults", "Children under 16yrs");
        assertThat(labelsOf(indicator("T3A.5").breakdowns().getFirst()))
                .containsExactly("Home", "Work", "Travelling", "On-line");
        // T2A: "a. All Victim based crime: i. Children ii. Adults"; "a. Number of serious sexual
        // offences: i. Adults ii. Children b. Positive outcome rate (i and ii)".
        assertThat(labelsOf(indicator("T2A.2a").breakdowns().getFirst())).containsExactly("Children", "Adults");
        assertThat(indicator("T2A.2b").breakdowns()).isEmpty();
        assertThat(labelsOf(indicator("T2A.3a").breakdowns().getFirst())).containsExactly("Adults", "Children");
        assertThat(labelsOf(indicator("T2A.3b").breakdowns().getFirst())).containsExactly("Adults", "Children");
        // T4A: "a. All b. BME Communities"; "a. Ease of contact b. Arrival time c. Action taken d. Follow
        // up and e. Treatment".
        assertThat(labelsOf(indicator("T4A.2").breakdowns().getFirst())).containsExactly("All", "BME Communities");
        assertThat(labelsOf(indicator("T4A.3").breakdowns().getFirst()))
                .containsExactly("Ease of contact", "Arrival time", "Action taken", "Follow up", "Treatment");
        // T4D: "a. Police officers and b. Police staff"; "a. 999 and b. 101"; "a. % Grade 1 Urban b. %
        // Grade 1 Rural c. % Grade 2 Urban d. % Grade 2 Rural", two dimensions.
        assertThat(labelsOf(indicator("T4D.2").breakdowns().getFirst()))
                .containsExactly("Police officers", "Police staff");
        assertThat(labelsOf(indicator("T4D.4").breakdowns().getFirst())).containsExactly("999", "101");
        assertThat(indicator("T4D.5").breakdowns())
                .extracting(Breakdown::key, NottinghamshireExampleTest::labelsOf)
                .containsExactly(
                        tuple("grade", List.of("Grade 1", "Grade 2")), tuple("area", List.of("Urban", "Rural")));
        // T4C: Number of "Police Officers PCSOs Police Staff Police Specials, Cadets and Volunteers",
        // "Actual compared to budget"; BME representation in "The work force overall" and
        // "Supervisory roles/senior ranks".
        assertThat(labelsOf(indicator("T4C.1").breakdowns().getFirst()))
                .containsExactly("Police Officers", "PCSOs", "Police Staff", "Police Specials, Cadets and Volunteers");
        assertThat(labelsOf(indicator("T4C.1").breakdowns().get(1))).containsExactly("Actual", "Budget");
        assertThat(labelsOf(indicator("T4C.2").breakdowns().getFirst()))
                .containsExactly("The work force overall", "Supervisory roles/senior ranks");
        // T4B: "Budget against actual spend for: Revenue and Capital".
        assertThat(labelsOf(indicator("T4B.1").breakdowns().getFirst())).containsExactly("Revenue", "Capital");
        // T1C: "in treatment (reported quarterly): All Opiates Non opiates Alcohol"; "Overall In NTEs".
        assertThat(labelsOf(indicator("T1C.1a").breakdowns().getFirst()))
                .containsExactly("All", "Opiates", "Non opiates", "Alcohol");
        assertThat(labelsOf(indicator("T1C.2").breakdowns().getFirst())).containsExactly("Overall", "In NTEs");
        // T3B: "All IOM Offenders DV Offenders"; T2B: the four things cases closed report.
        assertThat(labelsOf(indicator("T3B.3").breakdowns().getFirst()))
                .containsExactly("All IOM Offenders", "DV Offenders");
        assertThat(labelsOf(indicator("T2B.1b").breakdowns().getFirst()))
                .containsExactly(
                        "Understanding where to go for help",
                        "Feeling safer",
                        "Improved ability to cope",
                        "Increased emotional wellbeing");
    }

    @Test
    void holdsTheKsiTargetAsAFortyPercentReductionFromThe2005To2009Average() {
        // T3A.3: "40% reduction in all KSI RTCs by 2020 (from 2005-09 average)".
        Indicator ksi = indicator("T3A.3");

        assertThat(ksi.baseline()).isEqualTo(new Baseline.AverageOf(Period.parse("2005"), Period.parse("2009")));
        assertThat(ksi.target())
                .isEqualTo(new Target.ChangeFromBaseline(
                        -40, Period.parse("2020"), "40% reduction in all KSI RTCs by 2020 (from 2005-09 average)"));
    }

    @Test
    void holdsEveryBaselineAndTargetTheDocumentStates() {
        // T3A.1: "Reduce the number of Victim Based Crimes – (baseline to be decided)".
        assertThat(indicator("T3A.1").baseline()).isEqualTo(new Baseline.ToBeDecided("baseline to be decided"));
        assertThat(indicator("T3A.1").target())
                .isEqualTo(new Target.Direction(Target.Way.REDUCE, "Reduce the number of Victim Based Crimes"));
        // T2A.2: "Reduce the proportion of crimes that are repeats compared to 2017-18", a. to d.
        for (String ref : List.of("T2A.2a", "T2A.2b", "T2A.2c", "T2A.2d")) {
            assertThat(indicator(ref).baseline()).as(ref).isEqualTo(new Baseline.OfPeriod(Period.parse("2017/18")));
            assertThat(indicator(ref).target()).as(ref).isEqualTo(new Target.Direction(Target.Way.REDUCE, REPEATS));
        }
        // T1C: "Reduce in the proportion of alcohol related crimes compared to 2017-18".
        assertThat(indicator("T1C.2").baseline()).isEqualTo(new Baseline.OfPeriod(Period.parse("2017/18")));
        assertThat(indicator("T1C.2").target())
                .isEqualTo(new Target.Direction(
                        Target.Way.REDUCE, "Reduce in the proportion of alcohol related crimes compared to 2017-18"));
        // T4D.4 and T4D.5: "(Target to be set)".
        assertThat(indicator("T4D.4").target()).isEqualTo(new Target.ToBeSet("Target to be set"));
        assertThat(indicator("T4D.5").target()).isEqualTo(new Target.ToBeSet("Target to be set"));
        // T1D.1: "ECIN Users - Increase the number of: a. ... e.".
        assertThat(item("T1D.1").indicators())
                .allSatisfy(i -> assertThat(i.target()).isInstanceOf(Target.Direction.class))
                .allSatisfy(
                        i -> assertThat(((Target.Direction) i.target()).way()).isEqualTo(Target.Way.INCREASE));
        // Everything else states neither a target nor a baseline: only these have them.
        assertThat(refsWhere(i -> !(i.target() instanceof Target.None)))
                .containsExactly(
                        "T1C.1c", "T1C.2", "T1D.1a", "T1D.1b", "T1D.1c", "T1D.1d", "T1D.1e", "T2A.2a", "T2A.2b",
                        "T2A.2c", "T2A.2d", "T3A.1", "T3A.3", "T3B.2d", "T4D.4", "T4D.5");
        assertThat(refsWhere(i -> !(i.baseline() instanceof Baseline.None)))
                .containsExactly("T1C.2", "T2A.2a", "T2A.2b", "T2A.2c", "T2A.2d", "T3A.1", "T3A.3");
    }

    @Test
    void namesEverySourceTheDocumentGives() {
        Map<String, String> sources = plan.allIndicators()
                .filter(i -> i.source() != null)
                .collect(Collectors.toMap(Indicator::ref, Indicator::source));

        assertThat(sources)
                .containsOnly(
                        Map.entry("T1A.1", "HMICFRS"),
                        Map.entry("T1B.1", "HMICFRS"),
                        Map.entry("T1B.2", "Nottinghamshire Police"),
                        Map.entry("T1C.3", "OPCC Survey"),
                        Map.entry("T2A.1", "OPCC Survey"),
                        Map.entry("T3A.4", "OPCC survey"),
                        Map.entry("T3A.5", "OPCC survey"),
                        Map.entry("T3B.1", "Youth Justice City/County"),
                        Map.entry("T3B.2d", "YOS/CRC/NPS data"),
                        Map.entry("T3B.3", "New IOM Performance framework"),
                        Map.entry("T3C.1", "OPCC survey"),
                        Map.entry("T3C.2", "OPCC survey"),
                        Map.entry("T3C.3", "HMICFRS"),
                        Map.entry("T4A.1", "OPCC Survey"),
                        Map.entry("T4A.2", "OPCC Survey"),
                        Map.entry("T4A.3", "Force Survey"),
                        Map.entry("T4B.3", "HMICFRS VFM profile"),
                        Map.entry("T4C.3", "HMICFRS VFM profile"),
                        Map.entry("T4C.4", "HMICFRS VFM profile"),
                        Map.entry("T4C.5", "Local People survey"),
                        Map.entry("T4D.1", "HMICFRS"));
    }

    @Test
    void comparesWithTheMostSimilarForcesExactlyTheThreeMeasuresThatSaySo() {
        // "compared to national and MSG averages (HMICFRS VFM profile)": T4B.3, T4C.3 and T4C.4.
        assertThat(refsWhere(Indicator::comparedWithPeers)).containsExactly("T4B.3", "T4C.3", "T4C.4");
    }

    @Test
    void marksTheNewSurveyQuestionsAndTheNewIomFrameworkAsNotYetCollected() {
        // "(New question OPCC survey)" at T3A.5, T3C.1 and T3C.2; "(OPCC Survey New question)" at T4A.1
        // and T4A.2; "(New IOM Performance framework)" at T3B.3.
        assertThat(refsWhere(i -> !i.collected()))
                .containsExactly("T3A.5", "T3B.3", "T3C.1", "T3C.2", "T4A.1", "T4A.2");
        assertThat(indicator("T3A.5").collectionNote()).isEqualTo("New question OPCC survey");
        assertThat(indicator("T4A.1").collectionNote()).isEqualTo("OPCC Survey New question");
        // "(Force Survey-to be agreed)" and "(check with county)" are notes on data still collected.
        assertThat(indicator("T4A.3").collectionNote()).isEqualTo("Force Survey-to be agreed");
        assertThat(indicator("T1C.1f").collectionNote()).isEqualTo("check with county");
    }

    @Test
    void holdsGradesAssessmentsAndTheFrequenciesTheDocumentStates() {
        // "HMICFRS PEEL Assessment Grade", "PEEL Legitimacy Grade", "PEEL Legitimacy Grading".
        assertThat(refsWhere(i -> i.unit() == Unit.GRADE)).containsExactly("T1A.1", "T3C.3", "T4D.1");
        // T1B: an HMICFRS assessment and a self-assessment, judgements in words.
        assertThat(refsWhere(i -> i.unit() == Unit.ASSESSMENT)).containsExactly("T1B.1", "T1B.2");
        // Only two measures state how often: "(reported quarterly)" and the "annual" SPR self-assessment.
        assertThat(refsWhere(i -> i.frequency() != null)).containsExactly("T1B.2", "T1C.1a");
        assertThat(indicator("T1C.1a").frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(indicator("T1B.2").frequency()).isEqualTo(Frequency.ANNUAL);
    }

    @Test
    void keepsTheWordsOfMeasures() {
        assertThat(indicator("T1A.1").description())
                .isEqualTo("How effective is the Force at protecting those who are vulnerable and supporting victims.");
        assertThat(indicator("T1C.4").name())
                .isEqualTo("Number of Police incidents created relating to people with mental health problems");
        assertThat(indicator("T2D.1").name())
                .isEqualTo("% of cases sampled complying with the Code of Practice for Victims of Crime 2015");
        assertThat(indicator("T4D.3").name())
                .isEqualTo("Rolling 12 month average for All recorded crime compliance rates with NCRS");
        assertThat(indicator("T4B.3").name())
                .isEqualTo("Revenue spend on non-staff cost per population, compared to national and MSG averages");
    }

    @Test
    void hasEveryDeliverableOfEachTheme() {
        // SPECIFIC DELIVERABLES OF COMMISSIONER, CHIEF CONSTABLE AND PARTNERS: 14, 14, 16 and 16.
        assertThat(plan.items()).extracting(theme -> theme.actions().size()).containsExactly(14, 14, 16, 16);
        assertThat(plan.allActions()).hasSize(60);
        assertThat(item("T1").actions().getFirst().ref()).isEqualTo("T1.1");
        assertThat(item("T4").actions().getLast().ref()).isEqualTo("T4.16");
        assertThat(action("T1.1").text())
                .isEqualTo("Continue to improve partnership response to modern slavery, improve understanding and"
                        + " raise public awareness of exploitation.");
        assertThat(action("T2.9").text())
                .isEqualTo("Significantly expand the take up of victim led restorative justice");
        assertThat(action("T3.14").text())
                .isEqualTo("Appoint a 'Knife Crime Strategy Manager' to improve joint working and mainstream the knife"
                        + " crime team.");
        assertThat(action("T4.16").text())
                .isEqualTo("Explore opportunities to establish an annual consultation forum of third sector providers"
                        + " to help inform the Strategic Needs Assessment.");
    }

    @Test
    void givesEachDeliverableThePartiesTheDocumentNames() {
        // "PCC to continue ..." (T1.8, T1.9) and "Police and Partners to work closely ..." (T3.7); the
        // rest are, as the heading says, deliverables "of Commissioner, Chief Constable and Partners".
        assertThat(action("T1.8").responsible()).containsExactly(Party.COMMISSIONER);
        assertThat(action("T1.9").responsible()).containsExactly(Party.COMMISSIONER);
        assertThat(action("T3.7").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.PARTNERS);
        assertThat(plan.allActions()
                        .filter(a -> !List.of("T1.8", "T1.9", "T3.7").contains(a.ref())))
                .hasSize(57)
                .allSatisfy(a -> assertThat(a.responsible()).isEqualTo(ALL_THREE));
    }

    @Test
    void statesNoTimingStatusOrScrutinyTheDocumentDoesNotGive() {
        // The deliverables carry no dates, no "how monitored" and no status; nor does the framework set
        // out a reporting schedule.
        assertThat(plan.allActions()).allSatisfy(a -> {
            assertThat(a.due()).isEqualTo(new Due.Unstated());
            assertThat(a.dueText()).isNull();
            assertThat(a.scrutiny()).isNull();
            assertThat(a.lead()).isNull();
            assertThat(a.status()).isNull();
        });
        assertThat(plan.reports()).isEmpty();
    }

    @Test
    void readsItsVictimBasedCrimesFromTheHomeOfficeSumAndNoOtherMeasure() {
        // "Number of Victim Based Crimes" is the Home Office's group of that name, for the whole force area:
        // the table has no rural and urban split, so the breakdown's values have no data of their own.
        assertThat(indicator("T3A.1").measure()).isEqualTo("home-office/crime/victim-based-crime");
        assertThat(indicator("T3A.1").breakdowns().getFirst().values())
                .extracting(Breakdown.Value::key)
                .containsExactly("rural", "urban");
        // Serious sexual offences are a part of the table's sexual offences; weapon enabled crime (offences of
        // any kind in which a weapon is used) is not its possession of weapons offences; the positive outcome
        // rates and community resolutions are outcomes; the other measures are not counts of recorded crime.
        // docs/examples.md lists them.
        assertThat(plan.allIndicators().filter(i -> !i.ref().equals("T3A.1")))
                .allSatisfy(i -> assertThat(i.measure()).as(i.ref()).isNull());
    }

    @Test
    void statesNoActionStatusSoNoneIsInvented() throws IOException {
        // An action without 'status' reads as not started, so look at the file: only the plan's own.
        assertThat(Files.readAllLines(FILE))
                .filteredOn(line -> line.strip().startsWith("status:"))
                .containsExactly("status: draft");
    }
}
