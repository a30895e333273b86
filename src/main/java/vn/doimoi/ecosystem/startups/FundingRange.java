package vn.doimoi.ecosystem.startups;

/**
 * What a funding round raised, as a range: a startup's exact sums are its own business unless it
 * published them, so the profile never asks for one.
 */
public enum FundingRange {
    UNDER_500M,
    FROM_500M_TO_2B,
    FROM_2B_TO_10B,
    FROM_10B_TO_50B,
    OVER_50B,
    UNDISCLOSED
}
