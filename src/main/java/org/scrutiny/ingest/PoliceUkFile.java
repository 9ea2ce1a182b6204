package org.scrutiny.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three kinds of data.police.uk CSV file, told apart by their header rows, and what a file's name says
 * about it ({@code 2019-01-suffolk-street.csv}: January 2019, Suffolk).
 */
enum PoliceUkFile {
    STREET("Crime ID", "Month", "Reported by", "Falls within", "LSOA name", "Crime type", "Last outcome category"),
    OUTCOMES("Crime ID", "Month", "Reported by", "Falls within", "LSOA name", "Outcome type"),
    STOP_AND_SEARCH("Type", "Date", "Outcome");

    /** The columns this importer reads, in the order {@link #columnsOf} returns their positions. */
    final List<String> columns;

    PoliceUkFile(String... columns) {
        this.columns = List.of(columns);
    }

    static final String STREET_HEADER =
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                    + "Last outcome category,Context";

    private static final Pattern NAME =
            Pattern.compile("(\\d{4}-\\d{2})-(.+)-(street|outcomes|stop-and-search)\\.csv", Pattern.CASE_INSENSITIVE);

    /** The kind whose columns a header holds, or null; no header can hold the columns of two kinds. */
    static PoliceUkFile ofHeader(List<String> header) {
        for (PoliceUkFile kind : List.of(STREET, OUTCOMES, STOP_AND_SEARCH)) {
            if (header.containsAll(kind.columns)) {
                return kind;
            }
        }
        return null;
    }

    /** Where each of {@link #columns} sits in a header that holds them all. */
    int[] columnsOf(List<String> header) {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = header.indexOf(columns.get(i));
        }
        return positions;
    }

    /**
     * The force code a file's name gives ({@code suffolk}), null when the name is not laid out as police.uk
     * names its files, or the code after {@code ?} when it is but names no force.
     */
    static String forceInName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher m = NAME.matcher(base);
        if (!m.matches()) {
            return null;
        }
        String code = m.group(2).toLowerCase(Locale.ROOT);
        return PoliceUkForces.isCode(code) ? code : "?" + code;
    }

    /** The header's fields as they read, for messages. */
    static String describe(List<String> header) {
        List<String> shown = new ArrayList<>(header.subList(0, Math.min(header.size(), 13)));
        if (header.size() > shown.size()) {
            shown.add("…");
        }
        return String.join(",", shown);
    }

    static final Map<PoliceUkFile, String> WHAT =
            Map.of(STREET, "street", OUTCOMES, "outcomes", STOP_AND_SEARCH, "stop-and-search");
}
