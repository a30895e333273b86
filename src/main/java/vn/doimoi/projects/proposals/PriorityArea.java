package vn.doimoi.projects.proposals;

/** The programme's priority areas a proposal belongs to. */
public enum PriorityArea {
    HIGH_TECH_AGRICULTURE,
    BIOTECHNOLOGY,
    HEALTH,
    DIGITAL_TRANSFORMATION,
    CIRCULAR_GREEN_ECONOMY,
    GREEN_ENERGY,
    OTHER
}
