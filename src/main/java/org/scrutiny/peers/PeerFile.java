package org.scrutiny.peers;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.scrutiny.forces.Force;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.input.Problems;

/**
 * Reads a file of Most Similar Groups: a CSV with the header {@code force,peer1,…,peer7} and one row per
 * force, its peers most similar first. Forces may be named as any source names them. Every problem is
 * collected, with its line and column, before the file is rejected.
 */
final class PeerFile {
    private PeerFile() {}

    /** Each force's peers by force code, in file order. */
    static Map<String, List<String>> read(String name, byte[] bytes, Function<String, Optional<Force>> forces) {
        Problems problems = new Problems(name);
        String text = decode(name, bytes);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        boolean header = true;
        for (CsvRecord record : CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(text)) {
            int line = (int) record.getStartingLineNumber();
            List<String> cells = record.getFields();
            if (header) {
                header = false;
                checkHeader(cells, line, problems);
                continue;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > PeerGroups.SIZE + 1) {
                for (int i = PeerGroups.SIZE + 1; i < cells.size(); i++) {
                    if (!cells.get(i).isBlank()) {
                        problems.add(line, i + 1, "a Most Similar Group has at most " + PeerGroups.SIZE + " forces");
                        break;
                    }
                }
            }
            String force = force(cells.getFirst(), line, 1, forces, problems);
            List<String> peers = new ArrayList<>();
            boolean gap = false;
            for (int i = 1; i < Math.min(cells.size(), PeerGroups.SIZE + 1); i++) {
                String cell = cells.get(i);
                if (cell.isBlank()) {
                    gap = true;
                    continue;
                }
                if (gap) {
                    problems.add(line, i + 1, "a peer after an empty cell: list the peers without gaps");
                }
                String peer = force(cell, line, i + 1, forces, problems);
                if (peer == null) {
                    continue;
                }
                if (peer.equals(force)) {
                    problems.add(line, i + 1, "'" + cell.strip() + "' is the force itself, not a peer");
                } else if (peers.contains(peer)) {
                    problems.add(line, i + 1, "'" + cell.strip() + "' is listed twice in this group");
                } else {
                    peers.add(peer);
                }
            }
            if (cells.stream().skip(1).allMatch(String::isBlank)) {
                problems.add(line, 2, "no peers: give at least peer1");
            }
            if (force != null) {
                Integer first = lines.putIfAbsent(force, line);
                if (first != null) {
                    problems.add(line, 1, "the group of '" + cells.getFirst().strip() + "' was given on line " + first);
                }
                groups.put(force, peers);
            }
        }
        if (header) {
            problems.add(Problem.ofFile(name, "the file is empty: expected the header force,peer1,…,peer7"));
        } else if (groups.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(name, "no groups: the file has a header but no rows"));
        }
        problems.throwIfAny();
        return groups;
    }

    private static void checkHeader(List<String> cells, int line, Problems problems) {
        List<String> expected = new ArrayList<>(List.of("force"));
        for (int i = 1; i <= PeerGroups.SIZE; i++) {
            expected.add("peer" + i);
        }
        for (int i = 0; i < Math.max(cells.size(), 2); i++) {
            String heading = i < cells.size() ? cells.get(i).strip().toLowerCase(Locale.ROOT) : "";
            if (i >= expected.size()) {
                if (!heading.isEmpty()) {
                    problems.add(
                            line,
                            i + 1,
                            "unexpected heading '" + cells.get(i) + "': the header is force,peer1,…,peer7");
                }
            } else if (!heading.equals(expected.get(i))) {
                problems.add(
                        line,
                        i + 1,
                        "expected the heading '" + expected.get(i) + "', not '" + (i < cells.size() ? cells.get(i) : "")
                                + "': the header is force,peer1,…,peer7");
                return;
            }
        }
    }

    private static String force(
            String name, int line, int column, Function<String, Optional<Force>> forces, Problems problems) {
        if (name.isBlank()) {
            problems.add(line, column, "the force is missing");
            return null;
        }
        Optional<Force> force = forces.apply(name);
        if (force.isEmpty()) {
            problems.add(
                    line,
                    column,
                    "unknown force '" + name.strip() + "': give its police.uk code (devon-and-cornwall) or a name a"
                            + " source uses (Devon and Cornwall, Devon & Cornwall Police)");
            return null;
        }
        return force.get().code();
    }

    /** The text of a UTF-8 file, a byte-order mark removed; a byte that is not UTF-8 is reported at its line. */
    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(
                    List.of(Problem.at(name, line, 1, "the file is not UTF-8 text (save it as \"CSV UTF-8\")")));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
