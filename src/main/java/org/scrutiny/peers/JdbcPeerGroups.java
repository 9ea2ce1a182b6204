package org.scrutiny.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scrutiny.forces.Forces;
import org.scrutiny.ingest.HomeOfficeSum;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;

/** Peer groups in the {@code peer_group_*} tables; suggestions from the Home Office series and populations. */
final class JdbcPeerGroups implements PeerGroups {
    static final String PREFIX = "home-office/crime/";

    /**
     * Whether an offence of the {@code home-office/crime/} series is a feature: each published offence counts
     * once. The four burglary classes changed meaning in 2017, so the combined {@code burglary} stands for
     * them; every other sum the import makes (the total, violence against the person, victim-based crime …)
     * adds up offences that are features already, so it is left out.
     */
    static boolean isFeature(String offence) {
        return offence.equals(HomeOfficeSum.BURGLARY.slug())
                || !HomeOfficeSum.isSum(offence) && !HomeOfficeSum.BURGLARY.counts(offence);
    }

    private final Database database;

    JdbcPeerGroups(Database database) {
        this.database = database;
    }

    @Override
    public int load(Path file, String source, String loadedBy, Instant at) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage())));
        }
        Forces forces = Forces.on(database);
        Map<String, List<String>> groups = PeerFile.read(name, bytes, forces::byAnyName);
        return database.transactions().execute(status -> {
            long load = database.jdbc()
                    .sql("""
                            INSERT INTO peer_group_load (file_name, sha256, source, loaded_at, loaded_by)
                            VALUES (?, ?, ?, ?, ?) RETURNING id
                            """)
                    .params(name, sha256(bytes), source, at.toEpochMilli(), loadedBy)
                    .query(Long.class)
                    .single();
            groups.forEach((force, peers) -> {
                for (int i = 0; i < peers.size(); i++) {
                    database.jdbc()
                            .sql(
                                    "INSERT INTO peer_group_member (load_id, force_code, rank, peer_code) VALUES (?, ?, ?, ?)")
                            .params(load, force, i + 1, peers.get(i))
                            .update();
                }
            });
            return groups.size();
        });
    }

    @Override
    public Optional<PeerGroup> official(String force) {
        List<Object[]> rows = database.jdbc()
                .sql("""
                        SELECT m.peer_code, l.source, l.file_name, l.loaded_at
                        FROM peer_group_member m JOIN peer_group_load l ON l.id = m.load_id
                        WHERE m.force_code = :force
                          AND m.load_id = (SELECT MAX(load_id) FROM peer_group_member WHERE force_code = :force)
                        ORDER BY m.rank
                        """)
                .param("force", force)
                .query((rs, n) -> new Object[] {
                    rs.getString("peer_code"),
                    rs.getString("source"),
                    rs.getString("file_name"),
                    rs.getLong("loaded_at")
                })
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.getFirst();
        return Optional.of(new PeerGroup(
                force,
                rows.stream().map(r -> (String) r[0]).toList(),
                (String) first[1],
                (String) first[2],
                Instant.ofEpochMilli((Long) first[3])));
    }

    @Override
    public Suggestion suggest(String force, Period period) {
        Period compared = period != null ? period : latestPeriod(force);
        Map<String, Map<String, Double>> counts = new HashMap<>();
        Set<String> measures = new TreeSet<>();
        database.jdbc()
                .sql("""
                        SELECT se.measure, se.force_code, o.value
                        FROM observation o JOIN series se ON se.id = o.series_id
                        WHERE se.measure LIKE :prefix AND se.breakdown = '' AND o.period = :period
                          AND o.revision = (SELECT MAX(x.revision) FROM observation x
                                            WHERE x.series_id = o.series_id AND x.period = o.period)
                        """)
                .param("prefix", PREFIX + "%")
                .param("period", compared.toString())
                .query(rs -> {
                    String offence = rs.getString("measure").substring(PREFIX.length());
                    if (isFeature(offence) && !offence.contains("/")) {
                        measures.add(offence);
                        counts.computeIfAbsent(rs.getString("force_code"), f -> new HashMap<>())
                                .put(offence, rs.getDouble("value"));
                    }
                });
        Forces forces = Forces.on(database);
        int year = populationYear(forces, compared);
        Map<String, Long> populations = forces.populations(year);
        if (!counts.containsKey(force)) {
            throw new IllegalArgumentException("there is no Home Office recorded crime for " + force + " in " + compared
                    + ": load it with data import-home-office");
        }
        if (!populations.containsKey(force)) {
            throw new IllegalArgumentException("Scrutiny holds no population for " + force
                    + ", so its crime rates cannot be compared (populations cover the 39 forces of England)");
        }
        List<String> features = new ArrayList<>(measures);
        Map<String, double[]> rates = new TreeMap<>();
        counts.forEach((code, byOffence) -> {
            Long population = populations.get(code);
            if (population == null || !byOffence.keySet().containsAll(features)) {
                return;
            }
            double[] f = new double[features.size()];
            for (int i = 0; i < f.length; i++) {
                // On a log scale, so that the City of London (7,000 residents, many more by day) does not set the
                // spread that every other force's rates are measured against.
                f[i] = Math.log1p(Math.max(0, byOffence.get(features.get(i)) * 1000.0 / population));
            }
            rates.put(code, f);
        });
        if (!rates.containsKey(force)) {
            throw new IllegalArgumentException(force + " lacks some of the offences in " + compared);
        }
        return new Suggestion(
                force, compared, features, year, rates.size(), Similarity.nearest(force, rates, PeerGroups.SIZE));
    }

    private Period latestPeriod(String force) {
        List<String> periods = database.jdbc()
                .sql("""
                        SELECT DISTINCT o.period FROM observation o JOIN series se ON se.id = o.series_id
                        WHERE se.measure = ? AND se.force_code = ? AND se.breakdown = ''
                        """)
                .params(PREFIX + "total", force)
                .query(String.class)
                .list();
        return periods.stream()
                .map(Period::parse)
                .filter(p -> p instanceof Period.RollingYear)
                .max(Period.ORDER)
                .orElseThrow(() -> new IllegalArgumentException("there is no Home Office recorded crime for " + force
                        + ": load it with data import-home-office"));
    }

    /** The year the rolling year ends in, or the nearest year for which populations are held. */
    private static int populationYear(Forces forces, Period period) {
        int wanted = period.end().getYear();
        List<Integer> years = forces.populationYears();
        if (years.isEmpty()) {
            throw new IllegalStateException("Scrutiny holds no populations");
        }
        return years.stream()
                .min((a, b) -> Integer.compare(Math.abs(a - wanted), Math.abs(b - wanted)))
                .orElseThrow();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
