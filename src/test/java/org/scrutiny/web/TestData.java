package org.scrutiny.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.security.Accounts;
import org.scrutiny.security.Role;
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

    /** Marks the test data as stored; nothing needs it but its creation stores the data. */
    record Loaded() {}

    @Bean
    FailingController failingController() {
        return new FailingController();
    }

    @Bean
    Loaded testDataLoaded(Plans plans, Accounts accounts, Database database) {
        Plan published = save(plans, "test-published.yaml", resource("/web/test-published.yaml"));
        save(plans, "draft.yaml", plan(DRAFT, "Test Draft Plan", "D"));
        save(plans, "to-publish.yaml", plan(TO_PUBLISH, "Test Plan To Publish", "P"));
        for (Role role : Role.values()) {
            accounts.create(role.name().toLowerCase(Locale.ROOT), null, role, PASSWORD);
        }
        load(
                database,
                published,
                "indicator,period,area,value\nI1,2019-10,,100\nI1,2019-11,,110\nI1,2019-10,rural,40\n",
                Instant.parse("2020-01-15T12:00:00Z"));
        load(
                database,
                published,
                "indicator,period,area,value,note\nI1,2019-10,,105,revised after an audit of crime recording\n",
                Instant.parse("2020-06-15T12:00:00Z"));
        load(database, published, controlChartData(), Instant.parse("2020-01-15T12:00:00Z"));
        TestChains.store(plans, database);
        return new Loaded();
    }

    /**
     * Sixteen months of burglaries ending in a spike far above the limits (I3, an exception), and
     * fourteen months of calls answered within 10 seconds that vary only as chance would (I4, a P chart
     * that consistently passes its 90% target: no exception).
     */
    private static String controlChartData() {
        StringBuilder csv = new StringBuilder("indicator,period,value,numerator,denominator\n");
        int[] burglaries = {52, 48, 50, 55, 47, 51, 49, 53, 50, 46, 52, 54, 48, 51, 49, 95};
        YearMonth month = YearMonth.of(2018, 8);
        for (int count : burglaries) {
            csv.append("I3,").append(month).append(',').append(count).append(",,\n");
            month = month.plusMonths(1);
        }
        int[] answered = {930, 925, 935, 928, 932, 936, 927, 931, 929, 934, 926, 933, 930, 928};
        month = YearMonth.of(2018, 10);
        for (int count : answered) {
            csv.append("I4,")
                    .append(month)
                    .append(',')
                    .append(count / 10.0)
                    .append(',')
                    .append(count)
                    .append(",1000\n");
            month = month.plusMonths(1);
        }
        return csv.toString();
    }

    static Plan save(Plans plans, String fileName, String source) {
        Plan plan = PlanFile.read(fileName, source);
        plans.save(plan, fileName, source, "test");
        return plan;
    }

    static String resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(Database database, Plan plan, String csv, Instant at) {
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

    /** A one-theme draft plan whose indicator and action references start with {@code prefix}. */
    private static String plan(String id, String title, String prefix) {
        return """
                scrutiny: 1
                id: %1$s
                title: %2$s
                force: suffolk
                period: {from: 2017-04-01, to: 2021-03-31}
                status: draft
                levels: [theme]
                items:
                  - id: %3$sT1
                    title: Answer calls
                    indicators:
                      - id: %3$s1
                        name: Emergency calls answered within 10 seconds
                        unit: percent
                        polarity: higher-is-better
                        frequency: monthly
                        target: {at-least: 90, text: At least 90%%}
                    actions:
                      - id: %3$sA1
                        text: Review the call-handling service
                        responsible: chief-constable
                        due: ongoing
                        scrutiny: Performance management framework
                        status: in-progress
                """.formatted(id, title, prefix);
    }
}
