package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled example data in {@code examples/data}: the Home Office table is the file its note names, and
 * the Suffolk plan's own data is made from that table, so that the two cannot drift apart.
 */
class ExampleDataTest {
    private static final Path DATA = Path.of("examples/data");

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

    @Test
    void suffolksDomesticBurglaryIsTheTablesDomesticAndResidentialBurglaryAddedTogether() throws IOException {
        Map<String, Long> fromTable = new TreeMap<>();
        try (BufferedReader table = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DATA.resolve("rec-crime-pfa.csv.gz"))),
                StandardCharsets.UTF_8))) {
            // 12 months ending,PFA,Region,Offence,Rolling year total number of offences; no quoted commas.
            table.lines()
                    .skip(1)
                    .map(line -> line.split(","))
                    .filter(cells -> cells[1].equals("Suffolk"))
                    .filter(cells -> cells[3].equals("Domestic burglary") || cells[3].equals("Residential burglary"))
                    .forEach(cells -> {
                        String[] date = cells[0].split("-");
                        fromTable.merge("12 months to " + date[2] + "-" + date[1], Long.parseLong(cells[4]), Long::sum);
                    });
        }
        Map<String, Long> bundled = new TreeMap<>();
        List<String> lines = Files.readAllLines(DATA.resolve("suffolk-2017-2021-data.csv"), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("indicator,period,value,note");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 4);
            assertThat(cells[0]).as("the only series the table does not give").isEqualTo("domestic-burglary");
            bundled.put(cells[1], Long.parseLong(cells[2]));
        }

        // March 2003 to December 2018, each quarter end: 52 rolling years.
        assertThat(bundled).hasSize(52).isEqualTo(fromTable);
    }
}
