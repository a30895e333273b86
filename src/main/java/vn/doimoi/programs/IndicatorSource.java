package vn.doimoi.programs;

/** Where an indicator's yearly value comes from. */
public enum IndicatorSource {
    /** A value an agency enters in a report, with evidence. */
    ENTERED,
    /** A percentage from two figures an agency enters (e.g. S&T spending over the provincial budget). */
    RATIO,
    /** Computed from doimoi's own data through another module's facade. */
    COMPUTED
}
