package vn.doimoi.identity;

/** The two moments a deadline is told about: a few days before it, and once it has passed. */
public enum ReminderMoment {
    BEFORE,
    OVERDUE
}
