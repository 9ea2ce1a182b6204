package org.scrutiny.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ForcesTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsAForceByTheNameEachSourceGivesIt(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);

            assertThat(forces.byName(NameSource.POLICE_UK, "devon-and-cornwall"))
                    .map(Force::code)
                    .contains("devon-and-cornwall");
            assertThat(forces.byName(NameSource.HOME_OFFICE, "Devon and Cornwall"))
                    .map(Force::code)
                    .contains("devon-and-cornwall");
            assertThat(forces.byName(NameSource.POLICE_UK_FALLS_WITHIN, "Devon & Cornwall Police"))
                    .map(Force::onsCode)
                    .contains("E23000035");
            assertThat(forces.byName(NameSource.ONS, "London, City of"))
                    .map(Force::code)
                    .contains("city-of-london");
            assertThat(forces.byName(NameSource.HOME_OFFICE, " metropolitan police "))
                    .map(Force::code)
                    .contains("metropolitan");
            assertThat(forces.byName(NameSource.HOME_OFFICE, "Action Fraud")).isEmpty();
            assertThat(forces.byAnyName("Suffolk Constabulary"))
                    .map(Force::code)
                    .contains("suffolk");
            assertThat(forces.byAnyName("btp")).map(Force::name).contains("British Transport Police");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void knowsEveryForceByItsPoliceUkCodeAndItsFallsWithinName(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);

            assertThat(forces.all()).hasSize(45);
            assertThat(forces.namesUsedBy(NameSource.POLICE_UK)).hasSize(45);
            assertThat(forces.namesUsedBy(NameSource.POLICE_UK_FALLS_WITHIN)).hasSize(45);
            // The Home Office tables have no Northern Ireland; the ONS areas have neither it nor BTP.
            assertThat(forces.namesUsedBy(NameSource.HOME_OFFICE)).hasSize(44);
            assertThat(forces.namesUsedBy(NameSource.ONS)).hasSize(43);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsTheForceOfADistrictIncludingTheDistrictsMergedIn2019(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);

            assertThat(forces.forDistrict("E07000144")).map(Force::code).contains("norfolk");
            assertThat(forces.forDistrict("Spelthorne")).map(Force::code).contains("surrey");
            assertThat(forces.district("St Edmundsbury"))
                    .hasValueSatisfying(d -> assertThat(d.replacedBy()).isEqualTo("E07000245"));
            assertThat(forces.district("Forest Heath"))
                    .hasValueSatisfying(d -> assertThat(d.replacedBy()).isEqualTo("E07000245"));
            assertThat(forces.forDistrict("West Suffolk")).map(Force::code).contains("suffolk");
            assertThat(forces.forDistrict("e07000245")).map(Force::code).contains("suffolk");
            assertThat(forces.forDistrict("Atlantis")).isEmpty();
        }
    }

    /** Barnsley and Sheffield are held twice, under the codes they had before and after 2014; a name once threw. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsADistrictWhoseCodeChangedByItsNameAsTheDistrictInUseNow(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);

            assertThat(forces.district("Barnsley")).hasValueSatisfying(d -> {
                assertThat(d.code()).isEqualTo("E08000038");
                assertThat(d.replacedBy()).isNull();
                assertThat(d.forceCode()).isEqualTo("south-yorkshire");
            });
            assertThat(forces.district("sheffield")).map(District::code).contains("E08000039");
            assertThat(forces.district("E08000016")).map(District::replacedBy).contains("E08000038");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsEveryDistrictMergedAwayOrNot(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            List<District> districts = Forces.on(db).districts();

            // 348 districts of the December 2016 lookup and 13 made by later mergers (V42).
            assertThat(districts).hasSize(361);
            assertThat(districts)
                    .filteredOn(d -> d.forceCode().equals("suffolk"))
                    .extracting(District::name)
                    .contains("Forest Heath", "St Edmundsbury", "West Suffolk", "Waveney", "East Suffolk", "Ipswich");
            assertThat(districts).extracting(District::code).isSorted();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void holdsThePopulationOfAForceInAYear(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);

            // awk -F, 'NR==1{for(i=1;i<=NF;i++) if($i=="Suffolk") c=i} $1==2018{print $c}'
            //     population_policeforces_2009-2019.csv
            assertThat(forces.population("suffolk", 2018)).hasValue(758_556);
            assertThat(forces.population("city-of-london", 2009)).hasValue(7_472);
            assertThat(forces.population("gwent", 2018)).isEmpty();
            assertThat(forces.populations(2018)).hasSize(39);
            assertThat(forces.populationYears()).first().isEqualTo(2009);
            assertThat(forces.populationYears()).last().isEqualTo(2019);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void holdsEveryPopulationOfTheOnsFileAndSuffolksDistrictsAsTheLookupGivesThem(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            Forces forces = Forces.on(db);
            List<String> population = lines("/ons/population_policeforces_2009-2019.csv");
            String[] names = population.getFirst().split(",");
            int checked = 0;
            for (String line : population.subList(1, population.size())) {
                String[] cells = line.split(",");
                for (int i = 1; i < cells.length; i++) {
                    String code = forces.byName(NameSource.HOME_OFFICE, names[i])
                            .orElseThrow()
                            .code();
                    assertThat(forces.population(code, Integer.parseInt(cells[0])))
                            .as(names[i] + " " + cells[0])
                            .hasValue(Long.parseLong(cells[i]));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(11 * 39);

            List<String> lookup = lines("/ons/LAD16_CSP16_PFA16_lookup_Dec2016-suffolk.csv");
            assertThat(lookup.getFirst()).startsWith("\uFEFFLAD16CD");
            for (String line : lookup.subList(1, lookup.size())) {
                String[] cells = line.split(",");
                assertThat(forces.district(cells[0])).hasValueSatisfying(d -> {
                    assertThat(d.name()).isEqualTo(cells[1]);
                    assertThat(d.cspCode()).isEqualTo(cells[2]);
                    assertThat(d.forceCode()).isEqualTo("suffolk");
                });
            }
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ForcesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
