package org.scrutiny.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The "as at" dates of pages: read from a query parameter, and meant as UK days. */
public final class Dates {
    /** "As at 31 March" means until midnight in London. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private Dates() {}

    /**
     * A date written year-month-day.
     *
     * @throws BadRequestException saying how to write it, for the bad request page
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The date '" + text
                    + "' is not a date Scrutiny can read. Write it as year-month-day, such as 2019-03-31.");
        }
    }

    /** The last instant of a UK day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(UK).toInstant().minusMillis(1);
    }
}
