package vn.doimoi.projects.results;

/** A result is submitted for registration by the host, then registered by the Department. */
public enum ResultState {
    SUBMITTED,
    REGISTERED
}
