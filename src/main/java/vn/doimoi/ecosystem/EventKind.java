package vn.doimoi.ecosystem;

/** What sort of event the Department publishes (Programme 54-CTr/TU task groups 5 and 6). */
public enum EventKind {
    TECHNOLOGY_FAIR,
    WORKSHOP,
    FORUM
}
