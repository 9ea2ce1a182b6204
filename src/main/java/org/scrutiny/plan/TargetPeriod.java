package org.scrutiny.plan;

import java.time.LocalDate;

/**
 * The period over which an item's targets are measured, where it is not the plan's own: Norfolk's
 * policing objectives of 2013-17, set for the four-year period up to 2015 and extended to 31 March
 * 2016. It holds for the indicators of the item and of every item below it.
 *
 * @param from the first day, or null where the plan does not say
 * @param to the last day
 * @param text the plan's own words on the period, such as why it was extended, or null
 */
public record TargetPeriod(LocalDate from, LocalDate to, String text) {}
