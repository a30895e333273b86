package vn.doimoi.identity;

import java.time.LocalDate;

/**
 * Something a person must do by a day, as reminders know it.
 *
 * @param kind what sort of deadline (e.g. {@code agency-report}); also picks the days-before setting
 * @param item which one, unique within its kind (an id, with the step when one item has several)
 * @param dueOn the last day, in Vietnam time; a moved deadline is a new one and is reminded again
 */
public record Deadline(String kind, String item, LocalDate dueOn) {}
