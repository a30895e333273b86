package vn.doimoi.ecosystem.events;

/** A registration has a seat, waits in line for one, or was withdrawn. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
