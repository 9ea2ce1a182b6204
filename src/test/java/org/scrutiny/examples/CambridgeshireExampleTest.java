package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scrutiny.actions.Action;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.ScheduledReport;
import org.scrutiny.series.Frequency;

/**
 * The Cambridgeshire example plan against its document, the Commissioner's report "Monitoring the
 * delivery of the Police and Crime Commissioner's Police and Crime Plan" to the Police and Crime
 * Panel of 15 November 2017 (seed 003). Every expected number and word below is read from that
 * document, not from the plan file.
 */
class CambridgeshireExampleTest {
    private static final List<String> THEMES = List.of("victims", "offenders", "communities", "transformation");

    private static Plan plan;

    @BeforeAll
    static void readThePlan() {
        plan = ExamplePlans.read("cambridgeshire-2017-2020");
    }

    @Test
    void isThePublishedPlanFrom1April2017To2020() {
        // 4.1 "effective from the 1st April 2017"; 4.2 "published on 29th March 2017"; 7.1 "Police and
        // Crime Plan 2017-20 – Community Safety and Criminal Justice".
        assertThat(plan.id()).isEqualTo("cambridgeshire-2017-2020");
        assertThat(plan.force()).isEqualTo("cambridgeshire");
        assertThat(plan.title()).isEqualTo("Police and Crime Plan 2017-20 – Community Safety and Criminal Justice");
        assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(plan.endsOn()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void hasTheFourStrategicThemes() {
        // 4.1 "four key strategic themes: Victims, Offenders, Communities, and Transformation".
        assertThat(plan.items())
                .extracting(PlanItem::title)
                .containsExactly("Victims", "Offenders", "Communities", "Transformation");
        assertThat(plan.levelName(0)).isEqualTo("theme");
        assertThat(plan.allItems()).hasSize(4);
    }

    @Test
    void holdsEveryPriorityForActionOfEachThemeAsItsActions() {
        // 5.2 Victims: 9 priorities; 5.3 Offenders: 11; 5.4 Communities: 10; 5.5 Transformation: 10
        // (the stray "I." in 5.5 is a page mark of the document, not a priority).
        assertThat(plan.items()).extracting(item -> item.actions().size()).containsExactly(9, 11, 10, 10);
        assertThat(plan.allActions()).hasSize(40);
    }

    @Test
    void keepsThePrioritiesInTheDocumentsWords() {
        assertThat(action("V5").text())
                .endsWith("For example victims of burglary and other serious crime will always be visited by a"
                        + " police officer.");
        assertThat(action("O10").text())
                .startsWith("Review current performance management systems to ensure re-offending data is captured");
        assertThat(action("O11").text()).contains("Strategic Policing Requirement");
        assertThat(action("C6").text()).endsWith("high levels of witnesses, low levels of crime.");
        assertThat(action("T3").text())
                .contains(
                        "Bedfordshire, Cambridgeshire, Hertfordshire, Norfolk, Suffolk, Essex and Kent police forces");
        assertThat(action("T10").text())
                .isEqualTo(
                        "Work with the Fire Authority to explore opportunities for fire and police to work together.");
    }

    @Test
    void statesNoPartyStatusOrTimingThatTheDocumentDoesNot() {
        // Section 5 lists the priorities with no owner, status or date for any of them.
        assertThat(plan.allActions()).allSatisfy(a -> {
            assertThat(a.responsible()).isEmpty();
            assertThat(a.status()).isNull();
            assertThat(a.dueText()).isNull();
            assertThat(a.scrutiny()).isNull();
        });
    }

    @Test
    void hasNoPerformanceMeasures() {
        // The report sets out no indicator; the Constabulary's performance comes as a report (6.2).
        assertThat(plan.allIndicators()).isEmpty();
    }

    @Test
    void reportsDeliveryToTheBoardQuarterlyAtFirst() {
        // 6.1 "reported to the Commissioner's Business Coordination Board (the "Board"), initially on a
        // quarterly basis. The first of these reports which went to the Board on the 21st September
        // 2017 ... published on the Commissioner's website."
        ScheduledReport delivery = report("delivery-plan");

        assertThat(delivery.every()).isEqualTo(Frequency.QUARTERLY);
        assertThat(delivery.audience()).contains("Business Coordination Board");
        assertThat(delivery.timing()).contains("initially on a quarterly basis").contains("21st September 2017");
        assertThat(delivery.description()).contains("published on the Commissioner's website");
        assertThat(delivery.covers()).containsExactlyElementsOf(THEMES);
    }

    @Test
    void leavesTheFrequencyOfThePanelReportForThePanelToAgree() {
        // 2.2 "The Panel is asked to agree on the frequency that this report should be brought to them."
        ScheduledReport panel = report("panel-monitoring");

        assertThat(panel.every()).isNull();
        assertThat(panel.audience()).isEqualTo("Police and Crime Panel");
        assertThat(panel.timing()).contains("agree on the frequency");
    }

    @Test
    void takesTheConstabularysQuarterlyPerformanceAndDeliveryReportsToTheBoard() {
        // 6.2 "the Constabulary's quarterly performance reports and individual reports on how the
        // Commissioner's office, the Office of the Police and Crime Commissioner, the Constabulary and
        // partners are delivering towards the Plan".
        assertThat(report("constabulary-performance").every()).isEqualTo(Frequency.QUARTERLY);
        assertThat(report("delivery-towards-the-plan").every()).isNull();
        assertThat(List.of(report("constabulary-performance"), report("delivery-towards-the-plan")))
                .allSatisfy(r -> assertThat(r.audience()).contains("Business Coordination Board"));
    }

    @Test
    void hasARollingProgrammeOfOneDetailedReportForEachTheme() {
        // 6.3 "a rolling-programme of detailed reports, (such as the 'Communities' report which has been
        // submitted to the November 2017 Panel meeting), on each of the Plan themes".
        List<ScheduledReport> thematic = plan.reports().stream()
                .filter(r -> r.timing() != null && r.timing().contains("rolling-programme"))
                .toList();

        assertThat(thematic).hasSize(4).allSatisfy(r -> {
            assertThat(r.every()).isNull();
            assertThat(r.audience()).isEqualTo("Police and Crime Panel");
        });
        assertThat(thematic).flatExtracting(ScheduledReport::covers).containsExactlyElementsOf(THEMES);
        assertThat(report("communities-report").timing()).contains("November 2017 Panel meeting");
    }

    @Test
    void hasEightReportsInAll() {
        // 6.1 one to the Board, 2.2 one to the Panel, 6.2 two to the Board, 6.3 four to the Panel.
        assertThat(plan.reports()).hasSize(1 + 1 + 2 + 4);
    }

    private static ScheduledReport report(String ref) {
        return plan.report(ref).orElseThrow(() -> new AssertionError(ref));
    }

    private static Action action(String ref) {
        return plan.action(ref).orElseThrow(() -> new AssertionError(ref));
    }
}
