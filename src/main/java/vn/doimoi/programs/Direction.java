package vn.doimoi.programs;

/** Whether an indicator should rise to its target or fall to it. */
public enum Direction {
    INCREASE,
    DECREASE
}
