package org.scrutiny.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.ActionStatus;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.ChartType;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.security.Accounts;
import org.scrutiny.security.Role;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The plans, data and users the page tests share: a published plan, a draft plan, a draft plan for
 * publishing tests to change, and one user per role whose password is {@link #PASSWORD}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestData {
    public static final String PUBLISHED = "test-published";
    public static final String DRAFT = "test-draft";
    public static final String TO_PUBLISH = "test-to-publish";
    public static final String PASSWORD = "correct horse battery staple";
    /** Before the second data load, which revised October 2019 from 100 to 105. */
    public static final String BEFORE_REVISION = "2020-03-01";

    @Bean
    Plans plans(Database database, Accounts accounts) {
        Plans plans = new InMemoryPlans(database);
        plans.save(published(), "published.yaml", "", "test");
        plans.save(plan(DRAFT, "Test Draft Plan", PlanStatus.DRAFT, "D"), "draft.yaml", "", "test");
        plans.save(plan(TO_PUBLISH, "Test Plan To Publish", PlanStatus.DRAFT, "P"), "to-publish.yaml", "", "test");
        for (Role role : Role.values()) {
            accounts.create(role.name().toLowerCase(java.util.Locale.ROOT), null, role, PASSWORD);
        }
        load(
                database,
                published(),
                "indicator,period,area,value\nI1,2019-10,,100\nI1,2019-11,,110\nI1,2019-10,rural,40\n",
                Instant.parse("2020-01-15T12:00:00Z"));
        load(
                database,
                published(),
                "indicator,period,area,value\nI1,2019-10,,105\n",
                Instant.parse("2020-06-15T12:00:00Z"));
        return plans;
    }

    private static void load(Database database, Plan plan, String csv, Instant at) {
        try {
            Path file = Files.createTempFile("scrutiny-test-data", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            ObservationImporter.on(database, Clock.fixed(at, ZoneOffset.UTC))
                    .importFile(file, plan, "test", ImportListener.NONE);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan published() {
        Indicator crime = new Indicator(
                "I1",
                "Recorded crime",
                "All crime recorded by the police",
                Unit.COUNT,
                Polarity.LOWER_IS_BETTER,
                Frequency.MONTHLY,
                "Home Office",
                List.of(new Breakdown(
                        "area",
                        "Area",
                        List.of(new Breakdown.Value("rural", "Rural"), new Breakdown.Value("urban", "Urban")))),
                new Baseline.OfPeriod(Period.financialYear(2016)),
                new Target.ChangeFromBaseline(-18, Period.financialYear(2020), "Reduce by 18% by 2020/21"),
                Stance.IMPROVE,
                true,
                true,
                null,
                null,
                ChartType.AUTO,
                null);
        Indicator satisfaction = new Indicator(
                "I2",
                "Victims' satisfaction with the service",
                null,
                Unit.PERCENT,
                Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY,
                null,
                List.of(),
                new Baseline.ToBeDecided("TBA"),
                new Target.ToBeSet("Target to be set"),
                Stance.MAINTAIN,
                false,
                false,
                "Data not currently captured",
                null,
                ChartType.AUTO,
                null);
        Action summary = new Action(
                "A1",
                "Publish a plain-English summary of the plan",
                List.of(Party.COMMISSIONER, Party.OPCC),
                "Chief Executive",
                new Due.ByMonth(YearMonth.of(2018, 6)),
                null,
                "Reported to the Police and Crime Panel",
                ActionStatus.NOT_STARTED);
        PlanItem outcome =
                new PlanItem("O1A", "Fewer victims of burglary", null, List.of(), List.of(satisfaction), List.of());
        PlanItem objective = new PlanItem(
                "O1", "Cut crime", "Crime falls across the county", List.of(outcome), List.of(crime), List.of(summary));
        return new Plan(
                PUBLISHED,
                "Test Published Plan",
                "suffolk",
                LocalDate.of(2017, 4, 1),
                LocalDate.of(2021, 3, 31),
                PlanStatus.PUBLISHED,
                "A safe county",
                List.of("Integrity", "Fairness"),
                List.of("objective", "outcome"),
                List.of(objective));
    }

    static Plan plan(String id, String title, PlanStatus status, String prefix) {
        Indicator indicator = new Indicator(
                prefix + "1",
                "Emergency calls answered within 10 seconds",
                null,
                Unit.PERCENT,
                Polarity.HIGHER_IS_BETTER,
                Frequency.MONTHLY,
                null,
                List.of(),
                new Baseline.None(),
                new Target.AtLeast(90, null, "At least 90%"),
                null,
                false,
                true,
                null,
                null,
                ChartType.AUTO,
                null);
        Action action = new Action(
                prefix + "A1",
                "Review the call-handling service",
                List.of(Party.CHIEF_CONSTABLE),
                null,
                new Due.Ongoing(),
                null,
                "Performance management framework",
                ActionStatus.IN_PROGRESS);
        return new Plan(
                id,
                title,
                "suffolk",
                LocalDate.of(2017, 4, 1),
                LocalDate.of(2021, 3, 31),
                status,
                null,
                List.of(),
                List.of("theme"),
                List.of(new PlanItem(
                        prefix + "T1", "Answer calls", null, List.of(), List.of(indicator), List.of(action))));
    }
}
