package org.scrutiny.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * What became of a crime, in groups a Police and Crime Panel asks about, from the {@code Last outcome
 * category} of a police.uk street file or the {@code Outcome type} of an outcomes file. docs/data-sources.md
 * lists the whole mapping and its reasons.
 */
enum OutcomeGroup {
    CHARGED_OR_SUMMONSED,
    OUT_OF_COURT_DISPOSAL,
    NO_FURTHER_ACTION,
    TRANSFERRED,
    UNDER_INVESTIGATION,
    STATUS_UNAVAILABLE,
    NOT_RECORDED,
    /** A category this mapping does not know; counted and named in the import's output. */
    OTHER;

    private static final Map<String, OutcomeGroup> BY_CATEGORY = Map.ofEntries(
            // Charged or summonsed: the case went to court, whatever the court then decided.
            Map.entry("Suspect charged", CHARGED_OR_SUMMONSED),
            Map.entry("Suspect charged as part of another case", CHARGED_OR_SUMMONSED),
            Map.entry("Awaiting court outcome", CHARGED_OR_SUMMONSED),
            Map.entry("Court result unavailable", CHARGED_OR_SUMMONSED),
            Map.entry("Court case unable to proceed", CHARGED_OR_SUMMONSED),
            Map.entry("Defendant sent to Crown Court", CHARGED_OR_SUMMONSED),
            Map.entry("Defendant found not guilty", CHARGED_OR_SUMMONSED),
            Map.entry("Offender sent to prison", CHARGED_OR_SUMMONSED),
            Map.entry("Offender given suspended prison sentence", CHARGED_OR_SUMMONSED),
            Map.entry("Offender given community sentence", CHARGED_OR_SUMMONSED),
            Map.entry("Offender fined", CHARGED_OR_SUMMONSED),
            Map.entry("Offender given conditional discharge", CHARGED_OR_SUMMONSED),
            Map.entry("Offender given absolute discharge", CHARGED_OR_SUMMONSED),
            Map.entry("Offender ordered to pay compensation", CHARGED_OR_SUMMONSED),
            Map.entry("Offender deprived of property", CHARGED_OR_SUMMONSED),
            Map.entry("Offender otherwise dealt with", CHARGED_OR_SUMMONSED),
            // Out of court: dealt with by the police without a prosecution.
            Map.entry("Offender given a caution", OUT_OF_COURT_DISPOSAL),
            Map.entry("Offender given a drugs possession warning", OUT_OF_COURT_DISPOSAL),
            Map.entry("Offender given penalty notice", OUT_OF_COURT_DISPOSAL),
            Map.entry("Local resolution", OUT_OF_COURT_DISPOSAL),
            // No further action: closed without anyone being charged or dealt with.
            Map.entry("Investigation complete; no suspect identified", NO_FURTHER_ACTION),
            Map.entry("Unable to prosecute suspect", NO_FURTHER_ACTION),
            Map.entry("Further investigation is not in the public interest", NO_FURTHER_ACTION),
            Map.entry("Further action is not in the public interest", NO_FURTHER_ACTION),
            Map.entry("Formal action is not in the public interest", NO_FURTHER_ACTION),
            Map.entry("Action to be taken by another organisation", TRANSFERRED),
            Map.entry("Under investigation", UNDER_INVESTIGATION),
            Map.entry("Status update unavailable", STATUS_UNAVAILABLE),
            Map.entry("", NOT_RECORDED));

    /** The group of a category, {@link #OTHER} for one not in the mapping. */
    static OutcomeGroup of(String category) {
        return BY_CATEGORY.getOrDefault(category, OTHER);
    }

    /** How the group is written in a breakdown: {@code outcome=charged-or-summonsed}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
