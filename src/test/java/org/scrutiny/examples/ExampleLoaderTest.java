package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.ingest.HomeOfficeImported;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.plan.Plans.PlanSummary;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ExampleLoaderTest {
    private static final ExampleLoader.Example SUFFOLK = new ExampleLoader.Example("suffolk-2017-2021");

    @Test
    void loadsTheBundledSuffolkPlanIntoAnEmptyDatabase() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC(), ExampleLoader.ALL);

            assertThat(loader.load(SUFFOLK.planResource())).contains("suffolk-2017-2021");

            Plan plan = plans.find("suffolk-2017-2021").orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
            // Its data is the Home Office table's, loaded for every force: no observation is the plan's own.
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM observation")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void loadsTheBundledHomeOfficeTableForEveryForceInOneLoad() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            ExampleLoader loader = new ExampleLoader(Plans.on(db), db, Clock.systemUTC(), ExampleLoader.ALL);

            HomeOfficeImported imported =
                    loader.loadHomeOfficeTable(ExampleLoader.HOME_OFFICE_TABLE).orElseThrow();

            // As `data import-home-office rec-crime-pfa.csv` loads the file (docs/data-sources.md).
            assertThat(imported.rowsRead()).isEqualTo(46_469);
            assertThat(imported.values()).isEqualTo(73_039);
            assertThat(imported.revisionsAdded()).isEqualTo(73_039);
            assertThat(imported.skippedAreas()).containsExactly("Action Fraud", "CIFAS", "UK Finance");
            assertThat(db.jdbc()
                            .sql("SELECT kind, file_name, sha256, loaded_by, revisions FROM data_load")
                            .query((rs, n) -> List.of(
                                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                            .list())
                    .containsExactly(List.of(
                            "home-office-rolling-year",
                            "rec-crime-pfa.csv",
                            // sha256sum shared/data/home-office/rec-crime-pfa.csv: the file, not its gzip
                            "1d199879f3d9a01aa78da5cef89a08701b15109a10ccbd551c5a211f03c90722",
                            "scrutiny (bundled example)",
                            73_039L));
            assertThat(db.jdbc()
                            .sql(
                                    "SELECT COUNT(DISTINCT force_code) FROM series WHERE measure = 'home-office/crime/total'")
                            .query(Long.class)
                            .single())
                    .as("the 43 territorial forces and British Transport Police")
                    .isEqualTo(44);

            Period march2016 = Period.parse("12 months to 2016-03");
            // awk -F, '$2=="Norfolk" && $1=="31-03-2016"{s+=$5} END{print s}' rec-crime-pfa.csv, and so on
            assertThat(latest(db, "home-office/crime/total", "norfolk", march2016))
                    .isEqualTo(47_732.0);
            assertThat(latest(db, "home-office/crime/total", "nottinghamshire", march2016))
                    .isEqualTo(71_400.0);
            assertThat(latest(db, "home-office/crime/total", "devon-and-cornwall", march2016))
                    .isEqualTo(76_972.0);
            Period december2018 = Period.parse("12 months to 2018-12");
            // awk -F, '$2=="Devon and Cornwall" && $1=="31-12-2018" && $4=="Violence with injury"' rec-crime-pfa.csv
            assertThat(latest(db, "home-office/crime/violence-with-injury", "devon-and-cornwall", december2018))
                    .isEqualTo(15_662.0);
            assertThat(latest(db, "home-office/crime/robbery", "suffolk", december2018))
                    .isEqualTo(462.0);
        }
    }

    /** The first value of an indicator's series, checking it has as many as it should. */
    private static Double first(Database db, Plan plan, String ref, int values) {
        var indicator = plan.indicator(ref).orElseThrow();
        var series =
                Observations.on(db).series(SeriesKey.total(plan.measureOf(indicator), plan.force()), Instant.now());
        assertThat(series).as(ref).hasSize(values);
        return series.getFirst().value();
    }

    private static Double latest(Database db, String measure, String force, Period period) {
        return Observations.on(db).series(SeriesKey.total(measure, force), Instant.now()).stream()
                .filter(o -> o.period().equals(period))
                .map(Observation::value)
                .findFirst()
                .orElse(null);
    }

    @Test
    void goesOnWithoutAHomeOfficeTableThatIsMissing() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            ExampleLoader loader = new ExampleLoader(Plans.on(db), db, Clock.systemUTC(), ExampleLoader.ALL);

            assertThat(loader.loadHomeOfficeTable("examples/no-such-table.csv.gz"))
                    .isEmpty();
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM data_load")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void leavesAPlanThatIsAlreadyHeldAlone() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC(), ExampleLoader.ALL);
            loader.load(SUFFOLK.planResource());

            assertThat(loader.load(SUFFOLK.planResource())).isEmpty();
            assertThat(plans.all()).hasSize(1);
        }
    }

    @Test
    void loadsEveryBundledExampleOrThoseNamedIntoAnEmptyDatabaseOnly() {
        List<String> bundled = ExampleLoader.bundled().stream()
                .map(ExampleLoader.Example::planId)
                .toList();
        assertThat(bundled).contains(SUFFOLK.planId());
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            new ExampleLoader(plans, db, Clock.systemUTC(), "all").run(null);
            assertThat(plans.all()).extracting(PlanSummary::id).containsExactlyInAnyOrderElementsOf(bundled);

            // The plans' crime indicators read the Home Office table, loaded once, each its own force's series.
            Plan suffolk = plans.find("suffolk-2017-2021").orElseThrow();
            // awk -F, '$2=="Suffolk" && $1=="31-03-2003"{s+=$5} END{print s}' rec-crime-pfa.csv: fraud included
            assertThat(first(db, suffolk, "crime-total", 52)).isEqualTo(50_315.0);
            // awk -F, '$2=="Suffolk" && $1=="31-03-2003" && $4=="Robbery"' rec-crime-pfa.csv
            assertThat(first(db, suffolk, "robbery", 52)).isEqualTo(249.0);
            assertThat(first(db, suffolk, "violence-with-injury", 52)).isEqualTo(3_667.0);
            // Domestic burglary, 2003: there is no residential burglary before 2017.
            assertThat(first(db, suffolk, "domestic-burglary", 52)).isEqualTo(2_284.0);
            Plan devon = plans.find("devon-cornwall-2014-2017").orElseThrow();
            // The first rate is of the twelve months to June 2009, which span 30 June 2009, the first mid-year
            // held: awk -F, '$2=="Devon and Cornwall" && $1=="30-06-2009"{s+=$5} END{print s*1000/1654361}'
            // rec-crime-pfa.csv, with Devon and Cornwall's mid-2009 population from the ONS estimates.
            assertThat(first(db, devon, "crimes-per-1000", 39)).isCloseTo(101_633 * 1000.0 / 1_654_361, within(1e-9));
            // Sums of 2003's offences (docs/data-sources.md lists each sum's):
            // awk -F, '$2=="Devon and Cornwall" && $1=="31-03-2003" && $4 ~ /^(Domestic burglary|Residential
            // burglary|Robbery|Vehicle offences)$/ {s+=$5} END{print s}' rec-crime-pfa.csv, and so on.
            assertThat(first(db, devon, "serious-acquisitive", 52)).isEqualTo(29_022.0);
            assertThat(first(db, devon, "violence", 52)).isEqualTo(20_656.0);
            Plan nottinghamshire = plans.find("nottinghamshire-2018-2021").orElseThrow();
            assertThat(first(db, nottinghamshire, "T3A.1", 52)).isEqualTo(149_191.0);
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM data_load WHERE kind = 'home-office-rolling-year'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            new ExampleLoader(plans, db, Clock.systemUTC(), " suffolk-2017-2021 , no-such-plan").run(null);
            assertThat(plans.all()).extracting(PlanSummary::id).containsExactly(SUFFOLK.planId());

            // A database that holds plans is the user's: starting again loads nothing more.
            new ExampleLoader(plans, db, Clock.systemUTC(), "all").run(null);
            assertThat(plans.all()).hasSize(1);
        }
    }

    @Test
    void namesTheExamplesASettingChoosesLeavingOutUnknownNames() {
        assertThat(ExampleLoader.chosen("ALL")).isEqualTo(ExampleLoader.bundled());
        assertThat(ExampleLoader.chosen("")).isEqualTo(ExampleLoader.bundled());
        assertThat(ExampleLoader.chosen("no-such-plan,suffolk-2017-2021")).containsExactly(SUFFOLK);
        assertThat(ExampleLoader.chosen("no-such-plan")).isEmpty();
    }
}
