package org.scrutiny.forces;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutiny.store.Database;

/**
 * The police forces Scrutiny knows and their bundled reference data. Names are matched ignoring case and
 * surrounding spaces, as sources are not consistent about either.
 */
public interface Forces {

    static Forces on(Database database) {
        return new JdbcForces(database);
    }

    /** Every force, in order of code. */
    List<Force> all();

    Optional<Force> byCode(String code);

    /** The force a source means by a name: {@code byName(HOME_OFFICE, "Devon and Cornwall")}. */
    Optional<Force> byName(NameSource source, String name);

    /** The force any known source means by a name, its code or its name in Scrutiny included. */
    Optional<Force> byAnyName(String name);

    /**
     * Every name a source uses, in lower case, with the force it means: for an importer that looks up
     * every row of a large file.
     */
    Map<String, Force> namesUsedBy(NameSource source);

    /**
     * A district by its ONS code ({@code E07000245}) or name ({@code West Suffolk}). Where a name is held twice,
     * because the district's code changed (Barnsley, Sheffield), the district in use now.
     */
    Optional<District> district(String codeOrName);

    /** Every district held, those abolished by mergers included, in order of code. */
    List<District> districts();

    /** The force whose area holds a district, given by ONS code or name; merged districts included. */
    default Optional<Force> forDistrict(String codeOrName) {
        return district(codeOrName).flatMap(d -> byCode(d.forceCode()));
    }

    /** The resident population of a force's area in a year (mid-year estimate), if Scrutiny holds it. */
    OptionalLong population(String forceCode, int year);

    /** The population of every force held for a year, by force code. */
    Map<String, Long> populations(int year);

    /** The years for which populations are held, in order. */
    List<Integer> populationYears();
}
