package org.scrutiny.ingest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.scrutiny.series.Period;

/**
 * A series the Home Office import adds up from the offences a table publishes, stored beside them as
 * {@code home-office/crime/<slug>}: the total, burglary across the reclassification of April 2017, and the
 * offence groups that official statistics publish. Members are offences as their slugs write them;
 * docs/data-sources.md lists each sum's offences in the table's own words.
 */
public enum HomeOfficeSum {
    /** Every offence published for the force and period (fraud offences included, where the table gives them). */
    TOTAL("total", true, offence -> true),
    /** Every burglary, before, across and after the reclassification of April 2017. */
    BURGLARY("burglary", true, offence -> offence.contains("burglary")),
    /** Domestic burglary, and residential burglary, which replaced it in April 2017. */
    DOMESTIC_OR_RESIDENTIAL_BURGLARY("domestic-or-residential-burglary", false, Offences.DWELLING_BURGLARY::contains),
    VIOLENCE_AGAINST_THE_PERSON("violence-against-the-person", false, Offences.VIOLENCE::contains),
    VICTIM_BASED_CRIME("victim-based-crime", false, Offences.VICTIM_BASED::contains),
    OTHER_CRIMES_AGAINST_SOCIETY("other-crimes-against-society", false, Offences.AGAINST_SOCIETY::contains),
    /** Domestic (then residential) burglary, robbery and vehicle offences. */
    SERIOUS_ACQUISITIVE_CRIME("serious-acquisitive-crime", false, Offences.SERIOUS_ACQUISITIVE::contains);

    /** The offences of the rolling-year table, as slugs, by the Office for National Statistics' groups. */
    private static final class Offences {
        static final Set<String> VIOLENCE = Set.of(
                "homicide",
                "death-or-serious-injury-caused-by-illegal-driving",
                "violence-with-injury",
                "violence-without-injury",
                "stalking-and-harassment");
        static final Set<String> DWELLING_BURGLARY = Set.of("domestic-burglary", "residential-burglary");
        static final Set<String> THEFT = Set.of(
                "domestic-burglary",
                "non-domestic-burglary",
                "residential-burglary",
                "non-residential-burglary",
                "vehicle-offences",
                "theft-from-the-person",
                "bicycle-theft",
                "shoplifting",
                "all-other-theft-offences");
        static final Set<String> VICTIM_BASED =
                union(VIOLENCE, Set.of("sexual-offences", "robbery"), THEFT, Set.of("criminal-damage-and-arson"));
        static final Set<String> AGAINST_SOCIETY = Set.of(
                "drug-offences",
                "possession-of-weapons-offences",
                "public-order-offences",
                "miscellaneous-crimes-against-society");
        static final Set<String> SERIOUS_ACQUISITIVE = union(DWELLING_BURGLARY, Set.of("robbery", "vehicle-offences"));
        /** Recorded by the forces until Action Fraud took it over; in neither group. */
        static final String FRAUD = "fraud-offences";

        @SafeVarargs
        private static Set<String> union(Set<String>... sets) {
            Set<String> all = new HashSet<>();
            for (Set<String> set : sets) {
                all.addAll(set);
            }
            return Set.copyOf(all);
        }
    }

    /** The first day counted as residential rather than domestic burglary. */
    private static final LocalDate RECLASSIFIED = LocalDate.of(2017, 4, 1);

    private final String slug;
    private final boolean everyLayout;
    private final Predicate<String> members;

    HomeOfficeSum(String slug, boolean everyLayout, Predicate<String> members) {
        this.slug = slug;
        this.everyLayout = everyLayout;
        this.members = members;
    }

    /** The last part of its measure's name: {@code victim-based-crime}. */
    public String slug() {
        return slug;
    }

    /** Whether it adds up an offence, given as its slug; a sum never counts a published offence of its own name. */
    public boolean counts(String offence) {
        return !offence.equals(slug) && members.test(offence);
    }

    /** Whether a part of a measure's name, such as {@code total}, is one of the sums. */
    public static boolean isSum(String slug) {
        for (HomeOfficeSum sum : values()) {
            if (sum.slug.equals(slug)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an offence of the rolling-year table is in one of the groups that, with fraud, make up its
     * total: victim-based crime and other crimes against society. One that is not is counted by the total
     * only, and the import names it, since a renamed offence would otherwise drop out of its group silently.
     */
    static boolean isGrouped(String offence) {
        return Offences.VICTIM_BASED.contains(offence)
                || Offences.AGAINST_SOCIETY.contains(offence)
                || offence.equals(Offences.FRAUD);
    }

    /**
     * The sums made for a layout's offences. The quarterly table gets the total and burglary only: its
     * subgroups split the groups' offences otherwise (rape and other sexual offences, criminal damage and
     * arson apart), so its sums would have to be read from its own offence group column.
     */
    static List<HomeOfficeSum> madeFor(HomeOfficeLayout layout) {
        return List.of(values()).stream()
                .filter(sum -> sum.everyLayout || layout == HomeOfficeLayout.ROLLING_YEAR)
                .toList();
    }

    /**
     * What a value counts where its name does not say it all, or null. For domestic-or-residential burglary:
     * a rolling year that spans April 2017 holds domestic burglary up to March and residential burglary from
     * April, and one that ends later residential burglary only.
     */
    String note(Period period) {
        if (this != DOMESTIC_OR_RESIDENTIAL_BURGLARY || period.end().isBefore(RECLASSIFIED)) {
            return null;
        }
        return period.start().isBefore(RECLASSIFIED)
                ? "domestic burglary to March 2017 and residential burglary from April 2017, which replaced it:"
                        + " the period spans the change"
                : "residential burglary, which replaced domestic burglary in April 2017";
    }
}
