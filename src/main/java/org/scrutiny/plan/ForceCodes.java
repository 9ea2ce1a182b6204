package org.scrutiny.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The police.uk codes of the forces a plan may name, read from the migration that seeds the
 * {@code force} table, so that the list lives in one place and validating a file needs no database.
 */
final class ForceCodes {
    static final String SOURCE = "db/migration/V2__forces.sql";
    private static final Pattern ROW = Pattern.compile("^\\s*\\('([a-z0-9-]+)',", Pattern.MULTILINE);
    private static final Set<String> CODES = load();

    private ForceCodes() {}

    static Set<String> all() {
        return CODES;
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    private static Set<String> load() {
        try (InputStream in = ForceCodes.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath");
            }
            Matcher m = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> codes = new TreeSet<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }
}
