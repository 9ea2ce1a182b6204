package org.scrutiny.ingest;

import java.util.List;
import java.util.Locale;

/** The layouts of the Home Office's police recorded crime tables that Scrutiny reads, told apart by their header. */
enum HomeOfficeLayout {
    /** The table by police force area with rolling twelve-month totals ({@code rec-crime-pfa.csv}). */
    ROLLING_YEAR(
            "Home Office recorded crime by force area, rolling 12 months",
            "home-office/crime/",
            List.of("12 months ending", "PFA", "Region", "Offence", "Rolling year total number of offences")),
    /** The current open data tables: counts by force, financial quarter and offence code. */
    QUARTERLY(
            "Home Office recorded crime open data, by quarter",
            "home-office/crime-quarterly/",
            List.of(
                    "Financial Year",
                    "Financial Quarter",
                    "Force Name",
                    "Offence Description",
                    "Offence Group",
                    "Offence Subgroup",
                    "Offence Code",
                    "Number of Offences"));

    private final String title;
    private final String measurePrefix;
    private final List<String> columns;

    HomeOfficeLayout(String title, String measurePrefix, List<String> columns) {
        this.title = title;
        this.measurePrefix = measurePrefix;
        this.columns = columns;
    }

    String title() {
        return title;
    }

    /** The start of the name of every measure this layout stores: {@code home-office/crime/}. */
    String measurePrefix() {
        return measurePrefix;
    }

    List<String> columns() {
        return columns;
    }

    /** What {@code data_load.kind} records for a load of this layout. */
    String kind() {
        return "home-office-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The layout whose header a row is, or null. */
    static HomeOfficeLayout of(DataRow header) {
        for (HomeOfficeLayout layout : values()) {
            if (header.width() >= layout.columns.size() && firstDifference(header, layout) < 0) {
                return layout;
            }
        }
        return null;
    }

    /** The layout a wrong header was most likely meant to be: the one with the longest matching start. */
    static HomeOfficeLayout closestTo(DataRow header) {
        HomeOfficeLayout best = ROLLING_YEAR;
        int bestMatch = -1;
        for (HomeOfficeLayout layout : values()) {
            int difference = firstDifference(header, layout);
            int matched = difference < 0 ? layout.columns.size() : difference;
            if (matched > bestMatch) {
                best = layout;
                bestMatch = matched;
            }
        }
        return best;
    }

    /** The index of the first heading that differs from this layout's, or -1 where all match. */
    static int firstDifference(DataRow header, HomeOfficeLayout layout) {
        for (int i = 0; i < layout.columns.size(); i++) {
            if (!normal(header.cell(i)).equals(normal(layout.columns.get(i)))) {
                return i;
            }
        }
        return header.width() > layout.columns.size()
                        && !header.cell(layout.columns.size()).isBlank()
                ? layout.columns.size()
                : -1;
    }

    private static String normal(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
