package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.ScheduledReport;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;

/**
 * The Devon and Cornwall example plan against its source: the Commissioner's report "Refreshing the
 * Police and Crime Plan 2014-2017" to the Police and Crime Panel of 7 February 2014 and the draft plan
 * annexed to it. Every expected number and word below was taken from that document, not from the
 * plan file; the comments say where.
 */
class DevonCornwallExampleTest {
    private static final Plan PLAN = ExamplePlans.read("devon-cornwall-2014-2017");

    /** The annex's priorities, in its order; each heads three lists of statements. */
    private static final List<String> PRIORITIES =
            List.of("safer", "alcohol", "every-penny", "justice", "victims", "citizens");

    private static final String SCRUTINY_MEETINGS = "The Commissioner will hold the Chief Constable to account for"
            + " delivery against the Plan through a series of scrutiny meetings.";

    private static Action action(String ref) {
        return PLAN.action(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Indicator indicator(String ref) {
        return PLAN.indicator(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static List<Action> actionsOfList(String priority, String list) {
        return PLAN.allActions()
                .filter(a -> a.ref().startsWith(priority + "." + list + "."))
                .toList();
    }

    @Test
    void isTheDraftPlanForDevonAndCornwallFromApril2014ToMarch2017() {
        assertThat(PLAN.id()).isEqualTo("devon-cornwall-2014-2017");
        assertThat(PLAN.force()).isEqualTo("devon-and-cornwall");
        // Annex heading "Draft Police and Crime Plan 2014-2017"; report §4: measures "effective from 1st April 2014".
        assertThat(PLAN.title()).isEqualTo("Draft Police and Crime Plan 2014-2017");
        assertThat(PLAN.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(PLAN.startsOn()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(PLAN.endsOn()).isEqualTo(LocalDate.of(2017, 3, 31));
        // Annex, "My vision".
        assertThat(PLAN.vision())
                .isEqualTo("To ensure that Devon and Cornwall and the Isles of Scilly continues to be a safe place to"
                        + " live, work and visit. I want to cut crime, improve confidence in policing, support the"
                        + " economy and encourage people to work together to make communities safer.");
        assertThat(PLAN.levels()).containsExactly("priority", "outcome");
    }

    @Test
    void hasTheSixPrioritiesInTheWordsOfTheAnnexList() {
        // Report §3: "Six priority areas of activity have been identified"; annex, "My priorities are:" (six).
        assertThat(PLAN.items()).extracting(PlanItem::ref).containsExactlyElementsOf(PRIORITIES);
        assertThat(PLAN.items())
                .extracting(PlanItem::title)
                .containsExactly(
                        "To make our area a safer place to live, work and visit – reducing the likelihood that"
                                + " people will become victims of crime.",
                        "To reduce alcohol related crime and the harm it causes.",
                        "To make every penny count in protecting policing for the long term. To drive for further"
                                + " efficiency, work to secure more central funding and actively explore all avenues"
                                + " to deliver the significant savings we require to sustain our services.",
                        "To promote an effective criminal justice system that delivers high quality services for"
                                + " victims, witnesses and society.",
                        "To deliver a high quality victim support service across our area.",
                        "To encourage and enable citizens and communities to play their part in fighting crime and"
                                + " keeping their communities safe.");
        // Report §3 describes each priority after stating it.
        assertThat(PLAN.items()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
        assertThat(PLAN.items().get(4).description())
                .contains("From April 2015 the Commissioner will take direct responsibility for the commissioning"
                        + " of victims services across the peninsula");
    }

    @Test
    void hasTheTwoOutcomesOfFigure1UnderTheFirstPriority() {
        // Report §4, Figure 1: "To make Devon and Cornwall and the Isles of Scilly a safer place ...", two outcomes.
        PlanItem safer = PLAN.items().getFirst();
        assertThat(safer.items())
                .extracting(PlanItem::title)
                .containsExactly("To reduce overall crime", "To maintain frontline policing");
        assertThat(PLAN.allItems()).hasSize(6 + 2);
        assertThat(safer.items())
                .allSatisfy(o -> assertThat(o.description())
                        .contains("Please note that this is a prototype designed to give a feel for how the final"
                                + " product might look."));
    }

    @Test
    void hasTheSixMeasuresOfFigure1WithTheirTiersAndBaselines() {
        // Figure 1: three measures for each outcome, in the column "Measure".
        assertThat(PLAN.items().getFirst().items().get(0).indicators())
                .extracting(Indicator::name)
                .containsExactly(
                        "Number of crimes per 1000 popn",
                        "Number of serious acquisitive offences",
                        "Number of violence offences");
        assertThat(PLAN.items().getFirst().items().get(1).indicators())
                .extracting(Indicator::name)
                .containsExactly(
                        "Number of officers",
                        "Number of special constables",
                        "Proportion of the workforce in frontline roles");
        // Figure 1, column "Performance measure": each measure's tier.
        Map<String, Stance> tiers = Map.of(
                "crimes-per-1000", Stance.IMPROVE,
                "serious-acquisitive", Stance.MAINTAIN,
                "violence", Stance.TRANSFORM,
                "officers", Stance.MAINTAIN,
                "special-constables", Stance.IMPROVE,
                "frontline-proportion", Stance.MAINTAIN);
        tiers.forEach(
                (ref, stance) -> assertThat(indicator(ref).stance()).as(ref).isEqualTo(stance));
        List<Indicator> tiered =
                PLAN.allIndicators().filter(i -> i.stance() != null).toList();
        assertThat(tiered).hasSize(6);
        assertThat(tiered.stream().filter(i -> i.stance() == Stance.MAINTAIN)).hasSize(3);
        assertThat(tiered.stream().filter(i -> i.stance() == Stance.IMPROVE)).hasSize(2);
        assertThat(tiered.stream().filter(i -> i.stance() == Stance.TRANSFORM)).hasSize(1);
        // Figure 1, column "Baseline": TBA for all six. Report §4: generally one year measures.
        assertThat(tiered).allSatisfy(i -> {
            assertThat(i.baseline()).isEqualTo(new Baseline.ToBeDecided("TBA"));
            assertThat(i.frequency()).isEqualTo(Frequency.ANNUAL);
        });
        assertThat(indicator("crimes-per-1000").unit()).isEqualTo(Unit.RATE_PER_1000);
        assertThat(indicator("frontline-proportion").unit()).isEqualTo(Unit.PERCENT);
        assertThat(indicator("violence").polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(indicator("special-constables").polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void comparesNothingWithPeersAndBreaksNothingDown() {
        // Report §4: the PCC "may wish to add" Most Similar Group ranking measures; Figure 1 names none.
        // Neither Figure 1 nor the annex splits a measure by area, group or grade.
        assertThat(PLAN.allIndicators()).noneMatch(Indicator::comparedWithPeers);
        assertThat(PLAN.allIndicators())
                .allSatisfy(i -> assertThat(i.breakdowns()).isEmpty());
        assertThat(PLAN.allIndicators()).allMatch(Indicator::collected);
    }

    @Test
    void readsItsThreeCrimeMeasuresFromTheHomeOfficeSumsAndRate() {
        // "Number of crimes per 1000 popn": the table's total per 1,000 residents; "serious acquisitive
        // offences": the Home Office's group of domestic burglary, robbery and vehicle crime; "violence
        // offences": read as the recorded crime group of violence, violence against the person, the
        // document naming no other. docs/examples.md gives the reasons.
        Map<String, String> bound = PLAN.allIndicators()
                .filter(i -> i.measure() != null)
                .collect(Collectors.toMap(Indicator::ref, Indicator::measure));
        assertThat(bound)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "crimes-per-1000", "home-office/crime-per-1000/total",
                        "serious-acquisitive", "home-office/crime/serious-acquisitive-crime",
                        "violence", "home-office/crime/violence-against-the-person"));
        // The rate is read as a rate: its unit is the series'.
        assertThat(indicator("crimes-per-1000").unit()).isEqualTo(Unit.RATE_PER_1000);
    }

    @Test
    void monitorsTheThreeNumericPledgesWithTheirTargets() {
        // Annex, first priority, "I will": "keep police officer numbers above 3000 for the duration of this Plan."
        assertThat(indicator("officers").target())
                .isEqualTo(new Target.Above(
                        3000, null, "keep police officer numbers above 3000 for the duration of this Plan"));
        // Annex, sixth priority, Chief Constable: "at least 150,000 hours of service per annum by Special
        // Constables ... by the end of the Plan period" (which ends with 2016/17).
        Indicator hours = indicator("special-constable-hours");
        // Named in the statement's own words and order ("hours of service per annum by Special Constables").
        assertThat(hours.name()).isEqualTo("Hours of service per annum by Special Constables");
        assertThat(hours.unit()).isEqualTo(Unit.HOURS);
        assertThat(hours.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(hours.target())
                .isEqualTo(new Target.AtLeast(
                        150_000,
                        Period.financialYear(2016),
                        "at least 150,000 hours of service per annum by Special Constables distributed across the"
                                + " Force area by the end of the Plan period"));
        // Annex, third priority, "I will": "a balanced budget by the end of 2017/18 with £12m of additional annual
        // savings".
        Indicator savings = indicator("additional-annual-savings");
        assertThat(savings.unit()).isEqualTo(Unit.MONEY);
        assertThat(savings.target())
                .isEqualTo(new Target.AtLeast(
                        12_000_000,
                        Period.financialYear(2017),
                        "deliver a balanced budget by the end of 2017/18 with £12m of additional annual savings"));
        // The six measures of Figure 1 and the two pledges that are not among them. Figure 1 gives these two no
        // tier and no baseline, and each says where it comes from: its description is the whole statement, so
        // that its page shows the Chief Constable's "Deliver at least 150,000 hours ..." and the Commissioner's
        // promise to "develop a vision for how we will deliver" the £12m, not a measure of the plan.
        assertThat(hours.description()).isEqualTo(action("citizens.cc.2").text());
        assertThat(hours.description())
                .isEqualTo("Deliver at least 150,000 hours of service per annum by Special Constables distributed"
                        + " across the Force area by the end of the Plan period.");
        assertThat(savings.description())
                .isEqualTo("Work with the Chief Constable over the next 9 months to develop a vision for how we will"
                        + " deliver a balanced budget by the end of 2017/18 with £12m of additional annual savings.");
        assertThat(savings.description()).isEqualTo(action("every-penny.will.1").text());
        assertThat(List.of(hours, savings)).allSatisfy(i -> {
            assertThat(i.stance()).isNull();
            assertThat(i.baseline()).isInstanceOf(Baseline.None.class);
        });
        assertThat(PLAN.allIndicators()).hasSize(6 + 2);
        assertThat(PLAN.allIndicators().filter(i -> !(i.target() instanceof Target.None)))
                .hasSize(3);
    }

    @Test
    void hasEveryStatementOfTheThreeListsOfEachPriority() {
        // Annex: bullets under "I will", "I expect the Chief Constable to" and "I will work with partners to"
        // for each priority, counted in the document (sub-bullets are parts, counted below).
        Map<String, int[]> counts = Map.of(
                "safer", new int[] {7, 10, 6},
                "alcohol", new int[] {8, 7, 7},
                "every-penny", new int[] {10, 5, 2},
                "justice", new int[] {8, 6, 4},
                "victims", new int[] {5, 5, 3},
                "citizens", new int[] {7, 3, 3});
        counts.forEach((priority, n) -> {
            assertThat(actionsOfList(priority, "will")).as(priority + " I will").hasSize(n[0]);
            assertThat(actionsOfList(priority, "cc"))
                    .as(priority + " Chief Constable")
                    .hasSize(n[1]);
            assertThat(actionsOfList(priority, "partners"))
                    .as(priority + " partners")
                    .hasSize(n[2]);
        });
        assertThat(PLAN.allActions()).hasSize(45 + 36 + 25);
        for (int i = 0; i < PRIORITIES.size(); i++) {
            String priority = PRIORITIES.get(i);
            assertThat(PLAN.items().get(i).actions()).allMatch(a -> a.ref().startsWith(priority + "."));
        }
    }

    @Test
    void givesEachStatementTheResponsiblePartyOfItsList() {
        assertThat(PLAN.allActions().filter(a -> a.ref().contains(".will.")))
                .allSatisfy(a -> assertThat(a.responsible()).first().isEqualTo(Party.COMMISSIONER));
        assertThat(PLAN.allActions().filter(a -> a.ref().contains(".cc.")))
                .allSatisfy(a -> assertThat(a.responsible()).first().isEqualTo(Party.CHIEF_CONSTABLE));
        assertThat(PLAN.allActions().filter(a -> a.ref().contains(".partners.")))
                .allSatisfy(a -> assertThat(a.responsible()).containsExactly(Party.COMMISSIONER, Party.PARTNERS));
        // Statements that name who else takes part.
        assertThat(action("alcohol.cc.2").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.PARTNERS);
        assertThat(action("every-penny.will.1").responsible())
                .containsExactly(Party.COMMISSIONER, Party.CHIEF_CONSTABLE);
        assertThat(action("victims.cc.1").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.COMMISSIONER);
        assertThat(action("safer.cc.1").responsible()).containsExactly(Party.CHIEF_CONSTABLE);
        // "Ensure value for money in the operation of my office": the OPCC, whose Chief Executive the Commissioner
        // holds to account (report §4).
        assertThat(action("every-penny.will.10").responsible()).containsExactly(Party.COMMISSIONER, Party.OPCC);
        assertThat(action("every-penny.will.10").scrutiny())
                .isEqualTo("He will also hold his own Chief Executive to account for the delivery of the relevant"
                        + " elements of the Plan that will be delivered by the Office of the Police and Crime"
                        + " Commissioner (OPCC).");
    }

    @Test
    void scrutinisesTheChiefConstablesStatementsThroughScrutinyMeetings() {
        // Report §4: "The Commissioner will hold the Chief Constable to account for delivery against the Plan through
        // a series of scrutiny meetings."
        assertThat(PLAN.allActions().filter(a -> a.ref().contains(".cc.")))
                .hasSize(36)
                .allSatisfy(a -> assertThat(a.scrutiny()).isEqualTo(SCRUTINY_MEETINGS));
    }

    @Test
    void keepsTheStatementsWordForWord() {
        assertThat(action("safer.will.1").text())
                .isEqualTo("Support neighbourhood policing and keep police officer numbers above 3000 for the"
                        + " duration of this Plan.");
        // The document's own spelling, "PPC", is kept.
        assertThat(action("alcohol.will.5").text())
                .isEqualTo("Support community safety work on alcohol through my commissioning funds and through my"
                        + " PPC Small Grants Scheme.");
        assertThat(action("safer.cc.9").text())
                .isEqualTo("Deploy an efficient workforce mix within the Force that maximises the frontline");
        assertThat(action("citizens.partners.3").text())
                .isEqualTo("Support us in finding new ways to optimise volunteering and in helping us to review"
                        + " existing activities.");
    }

    @Test
    void keepsThePointsListedUnderThreeStatementsAsTheirParts() {
        // Annex, third priority: five issues of the strategic review.
        assertThat(action("every-penny.will.5").parts())
                .containsExactly(
                        "Examining the scope for efficiency savings through collaboration and partnership.",
                        "Considering private sector options for service delivery across all areas on a level"
                                + " playing field.",
                        "Assessing options for increasing the revenue received by the Force for services.",
                        "Reviewing the police estate to identify opportunities for shared estates with partners as"
                                + " well as the scope for asset sale and cost minimization.",
                        "Scoping the potential for further cost savings from improved productivity, greater"
                                + " efficiency in business and operational support functions and all other non pay"
                                + " costs.");
        // Annex, sixth priority: three points of the volunteering review, four of the strategy.
        assertThat(action("citizens.will.7").parts()).hasSize(3).contains("how we can make the most of volunteering.");
        assertThat(action("citizens.cc.3").parts())
                .hasSize(4)
                .endsWith("Improving the diversity of the volunteer base.");
        assertThat(PLAN.allActions().mapToInt(a -> a.parts().size()).sum()).isEqualTo(5 + 3 + 4);
    }

    @Test
    void keepsTheTimingsTheDocumentGives() {
        assertThat(action("safer.will.1").due()).isEqualTo(new Due.Ongoing());
        assertThat(action("safer.will.1").dueText()).isEqualTo("for the duration of this Plan");
        assertThat(action("safer.will.7").due()).isEqualTo(new Due.ByMonth(YearMonth.of(2014, 12)));
        assertThat(action("safer.will.7").dueText()).isEqualTo("in 2014");
        assertThat(action("every-penny.will.1").dueText()).isEqualTo("over the next 9 months");
        assertThat(action("every-penny.will.1").due()).isEqualTo(new Due.Unstated());
        assertThat(action("every-penny.will.2").due()).isEqualTo(new Due.ByMonth(YearMonth.of(2014, 12)));
        assertThat(action("every-penny.will.2").dueText()).isEqualTo("in December 2014");
        // Annex, third priority, "I will": "... to help us deliver that balanced budget from 2017/18." Its only
        // words on timing; a start, not a deadline, so no due date.
        assertThat(action("every-penny.will.3").dueText()).isEqualTo("from 2017/18");
        assertThat(action("every-penny.will.3").due()).isEqualTo(new Due.Unstated());
        assertThat(action("victims.will.2").due()).isEqualTo(new Due.ByDate(LocalDate.of(2015, 4, 1)));
        assertThat(action("victims.cc.1").dueText()).isEqualTo("from April 2015");
        assertThat(action("citizens.cc.2").due()).isEqualTo(new Due.ByDate(LocalDate.of(2017, 3, 31)));
        assertThat(action("citizens.cc.2").dueText()).isEqualTo("by the end of the Plan period");
        assertThat(action("alcohol.partners.1").dueText()).isEqualTo("in the coming years");
        assertThat(action("justice.partners.1").dueText()).isEqualTo("being put in place in 2014");
        assertThat(PLAN.allActions().filter(a -> a.dueText() != null)).hasSize(10);
    }

    @Test
    void statesNoStatusForAnyAction() {
        // A draft plan: nothing in it says whether any statement has begun.
        assertThat(PLAN.allActions()).allMatch(a -> a.status() == null);
    }

    @Test
    void holdsTheAccountabilityArrangementsAndTheBusinessPlanAsReports() {
        // Report §4 (scrutiny meetings, the Chief Executive held to account) and §2 (the OPCC's Business Plan).
        assertThat(PLAN.reports())
                .extracting(ScheduledReport::ref)
                .containsExactly("scrutiny-meetings", "opcc-delivery", "opcc-business-plan");
        assertThat(PLAN.reports().getFirst().description()).isEqualTo(SCRUTINY_MEETINGS);
        assertThat(PLAN.reports().getFirst().covers()).containsExactlyElementsOf(PRIORITIES);
        // The document gives none of them a frequency.
        assertThat(PLAN.reports()).allMatch(r -> r.every() == null);
        assertThat(PLAN.reports().get(2).timing()).isEqualTo("at the end of March");
    }
}
