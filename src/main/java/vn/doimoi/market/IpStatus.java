package vn.doimoi.market;

/** The protection of an offered technology. */
public enum IpStatus {
    PATENT,
    UTILITY_SOLUTION,
    PATENT_PENDING,
    KNOW_HOW,
    COPYRIGHT,
    PLANT_VARIETY,
    NONE
}
