package vn.doimoi.projects.results;

/** A use of a result is reported (by the host or the adopter), then confirmed by STAFF. */
public enum UseState {
    REPORTED,
    CONFIRMED
}
