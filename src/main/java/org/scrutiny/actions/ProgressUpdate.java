package org.scrutiny.actions;

import java.time.Instant;
import java.time.LocalDate;

/** A dated note of progress on an action, by the person who made it, with the status it leaves. */
public record ProgressUpdate(LocalDate asOf, ActionStatus status, String text, String author, Instant recordedAt) {}
