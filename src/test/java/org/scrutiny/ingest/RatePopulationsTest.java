package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatePopulationsTest {
    private final List<Integer> read = new ArrayList<>();
    private final RatePopulations populations = new RatePopulations(List.of(2009, 2010, 2012), year -> {
        read.add(year);
        return Map.of("suffolk", 700_000L + year, "norfolk", 800_000L + year);
    });

    @Test
    void ratesAYearHeldOverItsOwnPopulation() {
        assertThat(populations.populationFor("suffolk", 2010)).isEqualTo(702_010L);

        assertThat(populations.summary().populationYears()).containsExactly(Map.entry(2010, 2010));
    }

    @Test
    void ratesAYearNotHeldOverTheLatestEarlierYearHeld() {
        assertThat(populations.populationFor("suffolk", 2011)).isEqualTo(702_010L);
        assertThat(populations.populationFor("norfolk", 2025)).isEqualTo(802_012L);

        assertThat(populations.summary().populationYears())
                .containsExactly(Map.entry(2011, 2010), Map.entry(2025, 2012));
        assertThat(populations.summary().yearsWithoutPopulation()).isEmpty();
    }

    @Test
    void givesNoPopulationToAYearBeforeEveryYearHeld() {
        assertThat(populations.populationFor("suffolk", 2008)).isNull();

        assertThat(populations.summary().yearsWithoutPopulation()).containsExactly(2008);
        assertThat(populations.summary().populationYears()).isEmpty();
        assertThat(populations.summary().withoutPopulation()).isEmpty();
        assertThat(read).isEmpty();
    }

    @Test
    void givesNoPopulationToAForceWithoutOneAndNamesIt() {
        assertThat(populations.populationFor("gwent", 2010)).isNull();

        assertThat(populations.summary().withoutPopulation()).containsExactly("gwent");
        assertThat(populations.summary().populationYears()).containsExactly(Map.entry(2010, 2010));
    }

    @Test
    void readsEachYearsPopulationsOnceAndCountsTheRatesStored() {
        populations.populationFor("suffolk", 2012);
        populations.rateStored();
        populations.populationFor("norfolk", 2013);
        populations.rateStored();
        populations.populationFor("suffolk", 2010);

        assertThat(read).containsExactly(2012, 2010);
        assertThat(populations.summary().values()).isEqualTo(2);
    }
}
