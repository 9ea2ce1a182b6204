package org.scrutiny.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** How the built-in sources' names become parts of measure names and breakdown values. */
final class Slugs {
    private Slugs() {}

    /**
     * A name as a measure or breakdown writes it: lower case, accents and apostrophes dropped, every other
     * run of characters that is not a letter or digit a single hyphen, none at either end ("King's Lynn and
     * West Norfolk" → {@code kings-lynn-and-west-norfolk}, "Criminal damage and arson" → {@code
     * criminal-damage-and-arson}); empty where the name has no letter or digit.
     */
    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("'", "")
                .replace("’", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(plain.length());
        boolean hyphen = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.toString();
    }
}
