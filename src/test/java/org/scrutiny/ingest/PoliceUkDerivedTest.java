package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scrutiny.ingest.PoliceUkStreetFiles.antiSocial;
import static org.scrutiny.ingest.PoliceUkStreetFiles.crime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.forces.District;
import org.scrutiny.forces.Forces;
import org.scrutiny.ingest.PoliceUkStreetFiles.Row;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

/** Rows outside a force's area, rows in unknown districts and rates per 1,000 people, as an import stores them. */
class PoliceUkDerivedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    /** ONS mid-year estimates for Suffolk (population_policeforces_2009-2019.csv, read with awk). */
    private static final double SUFFOLK_2018 = 758_556;

    private static final double SUFFOLK_2019 = 761_350;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesRowsInAnotherForcesDistrictAndInAnUnknownDistrictAndKeepsThemInTheTotals(Engine engine)
            throws IOException {
        street(
                "suffolk",
                "Suffolk Constabulary",
                "2019-01",
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 002B", "Burglary"),
                crime("West Suffolk 001A", "Vehicle crime"),
                crime("Breckland 001A", "Burglary"),
                crime("Glasgow City 001A", "Shoplifting"),
                antiSocial(""));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = store(db);

            assertThat(done.areas().outsideArea()).isEqualTo(Map.of("suffolk", Map.of("norfolk", 1L)));
            assertThat(done.areas().unknownDistricts()).isEqualTo(Map.of("suffolk", Map.of("glasgow-city", 1L)));
            assertThat(done.areas().outsideAreaRows()).isEqualTo(1);
            assertThat(done.areas().unknownDistrictRows()).isEqualTo(1);
            assertThat(done.areas().withoutArea()).isEmpty();
            assertThat(latest(db, "police-uk/rows-outside-area", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .contains(1.0);
            assertThat(latest(db, "police-uk/rows-in-unknown-district", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .contains(1.0);
            assertThat(latest(db, "police-uk/crimes", "suffolk", "", 2019, 1))
                    .as("rows outside the area and in unknown districts are the force's crimes")
                    .map(Observation::value)
                    .contains(5.0);
            assertThat(latest(db, "police-uk/crimes", "suffolk", "district=breckland", 2019, 1))
                    .map(Observation::value)
                    .contains(1.0);
            assertThat(latest(db, "police-uk/crimes", "suffolk", "district=glasgow-city", 2019, 1))
                    .map(Observation::value)
                    .contains(1.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void placesTheDistrictsOfThe2019MergersByTheirOldAndNewNames(Engine engine) throws IOException {
        street(
                "suffolk",
                "Suffolk Constabulary",
                "2019-01",
                crime("Forest Heath 001A", "Burglary"),
                crime("St Edmundsbury 001A", "Burglary"),
                crime("West Suffolk 001A", "Burglary"),
                crime("Suffolk Coastal 001A", "Burglary"),
                crime("Waveney 001A", "Burglary"),
                crime("East Suffolk 001A", "Burglary"));
        street(
                "norfolk",
                "Norfolk Constabulary",
                "2019-01",
                crime("Norwich 001A", "Burglary"),
                crime("West Suffolk 001A", "Burglary"),
                antiSocial("East Suffolk 002C"));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = store(db);

            assertThat(done.areas().outsideArea()).isEqualTo(Map.of("norfolk", Map.of("suffolk", 2L)));
            assertThat(done.areas().unknownDistricts()).isEmpty();
            assertThat(latest(db, "police-uk/rows-outside-area", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .contains(0.0);
            assertThat(latest(db, "police-uk/rows-outside-area", "norfolk", "", 2019, 1))
                    .map(Observation::value)
                    .contains(2.0);
        }
    }

    /**
     * The LSOA names drop ", City of" and ", County of" from three districts' names and add "The" to one; the
     * name Barnsley is held twice, as its code changed in 2014. All five are in the street archive of
     * October 2018 – February 2019.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void placesDistrictsThatLsoaNamesSpellOtherwiseThanTheReferenceData(Engine engine) throws IOException {
        street(
                "suffolk",
                "Suffolk Constabulary",
                "2019-01",
                crime("Bristol 001A", "Burglary"),
                crime("Herefordshire 001A", "Burglary"),
                crime("Kingston upon Hull 001A", "Burglary"),
                crime("The Vale of Glamorgan 001A", "Burglary"),
                crime("Barnsley 001A", "Burglary"));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = store(db);

            assertThat(done.areas().unknownDistricts()).isEmpty();
            assertThat(done.areas().outsideArea())
                    .isEqualTo(Map.of(
                            "suffolk",
                            Map.of(
                                    "avon-and-somerset", 1L,
                                    "west-mercia", 1L,
                                    "humberside", 1L,
                                    "south-wales", 1L,
                                    "south-yorkshire", 1L)));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void placesEveryDistrictOfTheReferenceDataByItsName(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            List<District> districts = Forces.on(db).districts();
            List<Row> rows = new ArrayList<>();
            long outside = 0;
            for (District district : districts) {
                rows.add(crime(district.name() + " 001A", "Burglary"));
                outside += district.forceCode().equals("suffolk") ? 0 : 1;
            }
            street("suffolk", "Suffolk Constabulary", "2019-01", rows.toArray(Row[]::new));

            PoliceUkImported done = store(db);

            assertThat(done.areas().unknownDistricts()).isEmpty();
            assertThat(done.areas().outsideAreaRows()).isEqualTo(outside).isEqualTo(districts.size() - 9);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ratesCrimesByTypeAndAntiSocialBehaviourPerThousandPeopleOfTheMonthsYear(Engine engine) throws IOException {
        street(
                "suffolk",
                "Suffolk Constabulary",
                "2019-01",
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 001A", "Burglary"),
                crime("Babergh 001A", "Burglary"),
                crime("Norwich 001A", "Vehicle crime"),
                antiSocial("Ipswich 001A"),
                antiSocial(""));
        street(
                "suffolk",
                "Suffolk Constabulary",
                "2018-12",
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 001A", "Burglary"),
                crime("Ipswich 001A", "Drugs"));
        street("suffolk", "Suffolk Constabulary", "2020-03", crime("Ipswich 001A", "Burglary"));
        street("suffolk", "Suffolk Constabulary", "2008-06", crime("Ipswich 001A", "Burglary"));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = store(db);

            // 4 crimes × 1,000 ÷ 761,350 people in 2019 = 0.0052538254...
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "", 2019, 1))
                    .hasValueSatisfying(o -> {
                        assertThat(o.value()).isCloseTo(0.0052538254, within(1e-10));
                        assertThat(o.numerator()).isEqualTo(4.0);
                        assertThat(o.denominator()).isEqualTo(SUFFOLK_2019);
                    });
            // 3 burglaries: 0.0039403690...; 2 incidents: 0.0026269127...
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "crime-type=burglary", 2019, 1))
                    .map(Observation::value)
                    .hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0039403690, within(1e-10)));
            assertThat(latest(db, "police-uk/anti-social-behaviour-per-1000", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0026269127, within(1e-10)));
            // December 2018 over 2018's 758,556 people: 5 crimes, 0.0065914711...
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "", 2018, 12))
                    .hasValueSatisfying(o -> {
                        assertThat(o.value()).isCloseTo(0.0065914711, within(1e-10));
                        assertThat(o.denominator()).isEqualTo(SUFFOLK_2018);
                    });
            // No population is held for 2020: 2019's is used.
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "", 2020, 3))
                    .map(Observation::denominator)
                    .contains(SUFFOLK_2019);
            assertThat(done.rates().populationYears()).isEqualTo(Map.of(2018, 2018, 2019, 2019, 2020, 2019));
            assertThat(done.rates().withoutPopulation()).isEmpty();
            // The first population held is 2009's: no rate for 2008.
            assertThat(done.rates().yearsWithoutPopulation()).containsExactly(2008);
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "", 2008, 6))
                    .isEmpty();
            // 2018-12: total, 2 crime types, no incidents; 2019-01: total, 2 crime types, incidents; 2020-03: 2.
            assertThat(done.rates().values()).isEqualTo(3 + 4 + 2);
            assertThat(db.jdbc()
                            .sql("SELECT DISTINCT breakdown FROM series WHERE measure LIKE '%-per-1000' ORDER BY 1")
                            .query(String.class)
                            .list())
                    .as("no rate by outcome or district, which have no population of their own")
                    .containsExactly("", "crime-type=burglary", "crime-type=drugs", "crime-type=vehicle-crime");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void givesNoRateToAForceWithNoPopulationAndCountsNoRowOfBtpAsOutsideItsArea(Engine engine) throws IOException {
        street(
                "dyfed-powys",
                "Dyfed-Powys Police",
                "2019-01",
                crime("Carmarthenshire 001A", "Burglary"),
                crime("Ceredigion 001A", "Burglary"),
                crime("Shropshire 001A", "Burglary"));
        street("btp", "British Transport Police", "2019-01", crime("Ipswich 001A", "Theft from the person"));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = store(db);

            assertThat(done.rates().withoutPopulation()).containsExactly("btp", "dyfed-powys");
            assertThat(done.rates().values()).isZero();
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM series WHERE measure LIKE '%-per-1000'")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(done.areas().outsideArea()).isEqualTo(Map.of("dyfed-powys", Map.of("west-mercia", 1L)));
            assertThat(done.areas().withoutArea()).containsExactly("btp");
            assertThat(latest(db, "police-uk/rows-outside-area", "btp", "", 2019, 1))
                    .isEmpty();
            assertThat(latest(db, "police-uk/rows-in-unknown-district", "btp", "", 2019, 1))
                    .map(Observation::value)
                    .contains(0.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addsNoRevisionWhenTheSameFilesAreImportedAgainAndRevisesTheCountsThatMoved(Engine engine) throws IOException {
        Path file = street(
                "suffolk",
                "Suffolk Constabulary",
                "2019-01",
                crime("Ipswich 001A", "Burglary"),
                crime("Breckland 001A", "Burglary"),
                crime("Glasgow City 001A", "Burglary"));

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported first = store(db);
            assertThat(first.revisionsAdded()).isEqualTo(first.values());

            assertThat(store(db).revisionsAdded()).isZero();

            // A newer download places the Breckland crime in Ipswich.
            Files.writeString(
                    file,
                    Files.readString(file, StandardCharsets.UTF_8).replace("Breckland 001A", "Ipswich 003C"),
                    StandardCharsets.UTF_8);
            PoliceUkImported revised = store(db);

            assertThat(revised.areas().outsideArea()).isEmpty();
            SeriesKey outside = SeriesKey.total("police-uk/rows-outside-area", "suffolk");
            assertThat(Observations.on(db).revisions(outside, Period.month(2019, 1)))
                    .extracting(Observation::value)
                    .containsExactly(1.0, 0.0);
            // The outside count and Ipswich's crimes; the force's total and rates are as before. (Breckland's
            // series keeps its 1: the counts hold only the districts a file names.)
            assertThat(revised.revisionsAdded()).isEqualTo(2);
        }
    }

    /**
     * The real file of Suffolk, January 2019. The 20 rows outside the area were counted apart from Scrutiny,
     * with Python's csv module over the file's LSOA names (the name up to its last space), each placed in its
     * police force area by ONS's LAD16_CSP16_PFA16_lookup_Dec2016.csv, districts named after 2016 by
     * la_all_codes_drkane.csv (LADNM → LADNM_ACTIVE), in shared/data/ons: Breckland 3, Great Yarmouth 2 and
     * South Norfolk 2 (Norfolk); East Cambridgeshire 3 and Cambridge 2 (Cambridgeshire); Epping Forest 2 and
     * Braintree 1 (Essex); Hammersmith and Fulham 1 and Sutton 1 (Metropolitan Police); East Riding of
     * Yorkshire 1 (Humberside); Broxtowe 1 (Nottinghamshire); Staffordshire Moorlands 1 (Staffordshire).
     * Every district was found.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsTheRowsOfSuffolksWholeJanuary2019FileOutsideItsAreaAsAnIndependentCountDoes(Engine engine)
            throws URISyntaxException {
        Path archive = Path.of(PoliceUkDerivedTest.class
                .getResource("/police-uk-archive/suffolk-2019-01-street.zip")
                .toURI());

        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported done = PoliceUkImport.store(db, PoliceUkImport.read(List.of(archive)), "test", CLOCK);

            assertThat(done.areas().outsideArea())
                    .isEqualTo(Map.of(
                            "suffolk",
                            Map.of(
                                    "norfolk", 7L,
                                    "cambridgeshire", 5L,
                                    "essex", 3L,
                                    "metropolitan", 2L,
                                    "humberside", 1L,
                                    "nottinghamshire", 1L,
                                    "staffordshire", 1L)));
            assertThat(done.areas().unknownDistricts()).isEmpty();
            assertThat(latest(db, "police-uk/rows-outside-area", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .contains(20.0);
            // 4,989 rows less 542 incidents: 4,447 crimes × 1,000 ÷ 761,350 = 5.8409404...
            assertThat(latest(db, "police-uk/crimes-per-1000", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .hasValueSatisfying(v -> assertThat(v).isCloseTo(5.8409404, within(1e-7)));
            // 542 × 1,000 ÷ 761,350 = 0.7118933...
            assertThat(latest(db, "police-uk/anti-social-behaviour-per-1000", "suffolk", "", 2019, 1))
                    .map(Observation::value)
                    .hasValueSatisfying(v -> assertThat(v).isCloseTo(0.7118933, within(1e-7)));
        }
    }

    private PoliceUkImported store(Database db) {
        return PoliceUkImport.store(db, PoliceUkImport.read(List.of(folder)), "test", CLOCK);
    }

    private static Optional<Observation> latest(
            Database db, String measure, String force, String breakdown, int year, int month) {
        return Observations.on(db).series(new SeriesKey(measure, force, breakdown), CLOCK.instant()).stream()
                .filter(o -> o.period().equals(Period.month(year, month)))
                .findFirst();
    }

    private Path street(String force, String reportedBy, String month, Row... rows) throws IOException {
        return PoliceUkStreetFiles.write(folder, force, reportedBy, month, rows);
    }
}
