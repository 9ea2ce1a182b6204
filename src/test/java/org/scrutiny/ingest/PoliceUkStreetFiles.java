package org.scrutiny.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Police.uk street files written for tests, named and laid out as police.uk's. */
public final class PoliceUkStreetFiles {
    private static final String HEADER =
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                    + "LSOA name,Crime type,Last outcome category,Context";

    private PoliceUkStreetFiles() {}

    /** A street row: its LSOA name, crime type and outcome; the other columns are the same for every row. */
    public record Row(String lsoa, String type, String outcome) {
        String csv(String id, String month, String reportedBy) {
            String lsoaName = lsoa.contains(",") ? '"' + lsoa + '"' : lsoa;
            return String.join(
                    ",",
                    id,
                    month,
                    reportedBy,
                    reportedBy,
                    "",
                    "",
                    "On or near Nowhere",
                    "",
                    lsoaName,
                    type,
                    outcome,
                    "");
        }
    }

    public static Row crime(String lsoa, String type) {
        return new Row(lsoa, type, "Under investigation");
    }

    public static Row antiSocial(String lsoa) {
        return new Row(lsoa, "Anti-social behaviour", "");
    }

    /**
     * Writes {@code folder/YYYY-MM/YYYY-MM-<force>-street.csv} with a row each; anti-social behaviour has no
     * crime ID.
     */
    public static Path write(Path folder, String force, String reportedBy, String month, Row... rows)
            throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        int id = 0;
        for (Row row : rows) {
            String crimeId = row.outcome().isEmpty() ? "" : force + "-" + month + "-" + ++id;
            text.append(row.csv(crimeId, month, reportedBy)).append('\n');
        }
        Path file = Files.createDirectories(folder.resolve(month)).resolve(month + "-" + force + "-street.csv");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
