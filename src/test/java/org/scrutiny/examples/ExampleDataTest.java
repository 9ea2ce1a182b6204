package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.plan.Plans;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

/**
 * The bundled example data in {@code examples/data}: the Home Office table is the file its note names, and
 * the sums and rates the examples' indicators read from it are those of the published figures, worked out
 * apart from Scrutiny.
 */
class ExampleDataTest {
    private static final Path DATA = Path.of("examples/data");

    private static Database db;

    @BeforeAll
    static void loadTheBundledTable() {
        db = TestDatabases.fresh(Engine.SQLITE);
        new ExampleLoader(Plans.on(db), db, Clock.systemUTC(), ExampleLoader.ALL)
                .loadHomeOfficeTable(ExampleLoader.HOME_OFFICE_TABLE)
                .orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void bundlesTheHomeOfficeTableItsNoteNamesByItsSha256() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(
                new GZIPInputStream(Files.newInputStream(DATA.resolve("rec-crime-pfa.csv.gz"))), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }

        assertThat(Files.readString(DATA.resolve("README.md"), StandardCharsets.UTF_8))
                .contains(HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Each expected value was worked out from {@code shared/data/home-office/rec-crime-pfa.csv} with awk, apart
     * from Scrutiny, adding the offences docs/data-sources.md lists for the sum, for example violence against the
     * person:
     *
     * <pre>
     * awk -F, '$2=="Devon and Cornwall" &amp;&amp; $1=="31-03-2016" &amp;&amp; $4 ~ /^(Homicide|Death or serious injury
     *   caused by illegal driving|Violence with injury|Violence without injury|Stalking and harassment)$/
     *   {s+=$5} END{print s}' rec-crime-pfa.csv
     * </pre>
     *
     * and checked again with a short Python script over the same file.
     */
    @ParameterizedTest(name = "{0} of {1}, {2}: {3}")
    @CsvSource({
        "violence-against-the-person, devon-and-cornwall, 12 months to 2016-03, 24074",
        "violence-against-the-person, nottinghamshire, 12 months to 2018-12, 30954",
        "violence-against-the-person, norfolk, 12 months to 2003-03, 8751",
        "victim-based-crime, nottinghamshire, 12 months to 2016-03, 64332",
        "victim-based-crime, nottinghamshire, 12 months to 2018-12, 90722",
        "victim-based-crime, suffolk, 12 months to 2014-03, 31737",
        "other-crimes-against-society, norfolk, 12 months to 2018-12, 10051",
        "other-crimes-against-society, devon-and-cornwall, 12 months to 2014-03, 11937",
        // Domestic burglary, robbery and vehicle offences; from the change, residential burglary too.
        "serious-acquisitive-crime, devon-and-cornwall, 12 months to 2014-03, 9070",
        "serious-acquisitive-crime, devon-and-cornwall, 12 months to 2017-06, 8206",
        "serious-acquisitive-crime, nottinghamshire, 12 months to 2003-03, 56915",
        "domestic-or-residential-burglary, nottinghamshire, 12 months to 2016-03, 3335",
        // Spanning the change: 1,023 domestic + 741 residential; the table's "30-12-2017": 327 + 2,201.
        "domestic-or-residential-burglary, suffolk, 12 months to 2017-06, 1764",
        "domestic-or-residential-burglary, suffolk, 12 months to 2017-12, 2528",
        "domestic-or-residential-burglary, norfolk, 12 months to 2018-12, 2281",
        // The total the rates below are of: fraud offences included up to 2013.
        "total, devon-and-cornwall, 12 months to 2016-03, 76972",
    })
    void eachSumIsThePublishedOffencesOfItsGroupAddedUp(String sum, String force, String period, double expected) {
        assertThat(observation("home-office/crime/" + sum, force, period).value())
                .isEqualTo(expected);
    }

    /**
     * Each rate is the sum above (or worked out as they were) × 1,000 ÷ the ONS mid-year population of the year
     * whose 30 June the rolling year spans, read from {@code shared/data/ons/population_policeforces_2009-2019.csv}
     * with awk and divided with Python; the printed quotient is given to the digits shown.
     */
    @ParameterizedTest(name = "{0} of {1}, {2}: {5}")
    @CsvSource({
        // April 2015 - March 2016 spans 30 June 2015: Devon and Cornwall's mid-2015 population, 1,720,201.
        "total, devon-and-cornwall, 12 months to 2016-03, 76972, 1720201, 44.745934",
        "serious-acquisitive-crime, devon-and-cornwall, 12 months to 2016-03, 7079, 1720201, 4.115217",
        "violence-against-the-person, devon-and-cornwall, 12 months to 2016-03, 24074, 1720201, 13.994876",
        // April 2013 - March 2014: mid-2013, 1,250,902.
        "total, nottinghamshire, 12 months to 2014-03, 68519, 1250902, 54.775674",
        "victim-based-crime, nottinghamshire, 12 months to 2016-03, 64332, 1270707, 50.626934",
        // January - December 2018: mid-2018, 758,556.
        "total, suffolk, 12 months to 2018-12, 54124, 758556, 71.351357",
        "domestic-or-residential-burglary, suffolk, 12 months to 2018-12, 2700, 758556, 3.559394",
    })
    void eachRateIsItsSumPerThousandOfTheMidYearPopulation(
            String sum, String force, String period, double count, double population, double rate) {
        Observation stored = observation("home-office/crime-per-1000/" + sum, force, period);

        assertThat(stored.numerator()).isEqualTo(count);
        assertThat(stored.denominator()).isEqualTo(population);
        assertThat(stored.value()).isCloseTo(rate, within(5e-7));
    }

    private static Observation observation(String measure, String force, String period) {
        Period wanted = Period.parse(period);
        return Observations.on(db).series(SeriesKey.total(measure, force), Instant.now()).stream()
                .filter(o -> o.period().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + measure + " for " + force + " in " + period));
    }
}
